package events

import "attache"

// congratulatedAppointees gives a post congratulated on ("X congratulated
// Y on his appointment as Chief of Staff") the one congratulated, not the
// one who congratulates: the persons named between the verb of
// congratulating and the trigger, or, when that object refers back to the
// story's visitor ("his guest", "the visiting general", "the British
// guest"), the persons of the trip.
func (doc *doc) congratulatedAppointees(evs []*cand) {
	for _, c := range evs {
		if c.ev.Type != "decision" {
			continue
		}
		ws := doc.words[c.sent]
		v := doc.congratulatedAt(ws, c.hit.a)
		if v < 0 {
			continue
		}
		var named []string
		for _, m := range doc.ments[c.sent] {
			if m.e.Type == attache.Person && m.start > ws[v].start && m.end <= ws[c.hit.a].start {
				named = appendUniq(named, m.e.Name)
			}
		}
		if len(named) == 0 && doc.guestBetween(ws, v, c.hit.a) {
			_, named = doc.tripVisit(evs)
		}
		if len(named) > 0 {
			c.ev.Participants = named
		}
	}
}

// congratulatedAt returns the word index of the verb of congratulating
// whose object the trigger at word i follows in its clause ("congratulated
// the visiting general on his appointment"), or -1.
func (doc *doc) congratulatedAt(ws []word, i int) int {
	if i >= len(ws) || ws[i].low != "on" && ws[i].low != "upon" {
		return -1
	}
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		switch l := ws[k].low; {
		case doc.d.places.congrats.has(l):
			return k
		case l == ";" || l == "." || l == "and" && k+1 < i && doc.d.places.congrats.has(ws[k+1].low):
			return -1
		}
	}
	return -1
}

// guestBetween reports whether a word referring back to the story's
// visitor stands among ws[a+1:b] ("his guest", "the British guest").
func (doc *doc) guestBetween(ws []word, a, b int) bool {
	for k := a + 1; k < b && k < len(ws); k++ {
		if doc.d.places.guest.has(ws[k].low) {
			return true
		}
	}
	return false
}
