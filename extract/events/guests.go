package events

// guestCalls gives a call or talks whose subject is the article's guest
// named by what they are ("Later in the day, the visiting general called
// on X", "The guests were then received by Y") the persons of the trip:
// those of the first visit the article tells with a person. A meeting
// that already names one of them is left alone.
func (doc *doc) guestCalls(evs []*cand) {
	_, visitors := doc.tripVisit(evs)
	if len(visitors) == 0 {
		return
	}
	for _, c := range evs {
		if c.ev.Type != "meeting" || c.bg || c.past || shareAny(visitors, c.ev.Participants) || !doc.guestNamed(doc.words[c.sent], c.hit.a) {
			continue
		}
		c.ev.Participants = append(append([]string(nil), visitors...), c.ev.Participants...)
	}
}

// guestNamed reports whether the subject of the clause before word i is
// "the" and a guest word within three words: "the visiting general", "the
// guests", "the Chilean visitor". An opening phrase closed by a comma
// ("Later in the day,") comes before it.
func (doc *doc) guestNamed(ws []word, i int) bool {
	k := clauseStart(ws, i)
	if k >= i || ws[k].low != "the" {
		return false
	}
	for j := k + 1; j < i && j <= k+3; j++ {
		if doc.d.rules.guest.matches(ws[j]) {
			return true
		}
	}
	return false
}
