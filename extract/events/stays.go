package events

// stayEnd reads the end of a stay told after its arrival date, in a
// predicate that shares the subject of the arrival: "arrived on 9 Feb ...
// and will leave on 12 Feb", "and is scheduled to depart on May 7". It
// returns the day of departure when it follows from (the date word after
// the arrival date) in sentence s and lies after arrival, else "". A
// departure with its own subject ("while the frigate will leave ...") or
// towards another place ("will leave for Hue on ...") is another move.
func (doc *doc) stayEnd(s, from int, arrival string) string {
	ws := doc.words[s]
	pw := &doc.d.places
	for k := from; k < len(ws); k++ {
		if !pw.departure.has(ws[k].low) {
			continue
		}
		j := k - 1
		for j > from && (pw.ahead.has(ws[j].low) || pw.aux.has(ws[j].low)) {
			j--
		}
		if j <= from || ws[j].low != "and" {
			return ""
		}
		on := k + 1
		if on < len(ws) && ws[on].upper {
			on++ // "will leave Vietnam on 12 Feb"
		}
		if on >= len(ws) || ws[on].low != "on" {
			return ""
		}
		for _, dt := range doc.dates[s] {
			if wordAt(ws, dt.Start) == on+1 && len(dt.Value) == 10 && dt.Value > arrival {
				return dt.Value
			}
		}
		return ""
	}
	return ""
}
