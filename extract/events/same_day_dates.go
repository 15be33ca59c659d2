package events

// sameDayInSentence returns the day that "the same day" or "that
// evening" of sentence s refers to when the sentence itself names a day
// before the phrase: "The admiral, who arrived on Saturday, held talks
// with the commander the same evening" is Saturday, not the day of the
// event told before. It returns "" when no such day stands before it.
func (doc *doc) sameDayInSentence(s int) string {
	ws := doc.words[s]
	at := -1
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i].low == "same" || ws[i].low == "that") && partsOfDay[ws[i+1].low] {
			at = i
			break
		}
	}
	if at < 0 {
		return ""
	}
	day := ""
	for _, dt := range doc.dates[s] {
		if dt.End <= ws[at].start && len(dt.Value) == 10 {
			day = dt.Value
		}
	}
	return day
}
