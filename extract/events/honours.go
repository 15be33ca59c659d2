package events

// guestHonours gives an honour whose subject is the article's guest named
// by what they are ("On arrival, the visiting dignitary laid a wreath and
// was presented a guard of honour", "the Admiral was accorded a guard of
// honour") the persons of the trip, as guestCalls does for calls: the
// guard that is mounted or the unit that hosts stays a party. A ceremony
// that already names one of the guests is left alone.
func (doc *doc) guestHonours(evs []*cand) {
	_, visitors := doc.tripVisit(evs)
	if len(visitors) == 0 {
		return
	}
	for _, c := range evs {
		if c.ev.Type != "ceremony" || c.bg || c.past || shareAny(visitors, c.ev.Participants) {
			continue
		}
		ws := doc.words[c.sent]
		if !doc.guestNamed(ws, c.hit.a) && !doc.guestSubject(ws, c.hit.a) {
			continue
		}
		c.ev.Participants = append(append([]string(nil), visitors...), c.ev.Participants...)
	}
}

// honourParts drops a guard of honour told after the ceremony it is part
// of: "X assumed command at a ceremony ... X inspected a guard of honour
// mounted by 120 ratings" tells one ceremony. The guard belongs to an
// earlier ceremony of the story when it has no date of its own and a
// person of that ceremony inspects or receives it.
func (doc *doc) honourParts(evs []*cand) []*cand {
	out := evs[:0]
	for i, c := range evs {
		// (only the latest events are compared, as merge does, so that a
		// text of thousands of guards stays linear)
		if !doc.guardOfHonour(c) || c.ownDate || c.bg || !doc.honouredBefore(evs[max(0, i-mergeWindow):i], c) {
			out = append(out, c)
		}
	}
	return out
}

// guardOfHonour reports whether the trigger of ceremony c is a guard of
// honour.
func (doc *doc) guardOfHonour(c *cand) bool {
	ws := doc.words[c.sent]
	return c.ev.Type == "ceremony" && c.hit.a < len(ws) && ws[c.hit.a].low == "guard"
}

// honouredBefore reports whether an earlier ceremony of evs, told in an
// earlier sentence and not recalled, shares a person with c.
func (doc *doc) honouredBefore(evs []*cand, c *cand) bool {
	persons := doc.personsOf(c.ev.Participants)
	if len(persons) == 0 {
		return false
	}
	for _, e := range evs {
		if e.ev.Type == "ceremony" && !e.bg && !e.past && e.sent < c.sent && shareAny(persons, e.ev.Participants) {
			return true
		}
	}
	return false
}
