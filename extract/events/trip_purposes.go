package events

// recalledTripPurposes dates what a recalled trip was made for by the trip:
// "visited Moscow in May 2025 to attend the Victory Day parade" tells a
// parade of May 2025, recalled as the trip is, not one of the story's day.
// Only a trip already placed in the background lends its date: a
// departure told as news ("left today to take part in the exercise") says
// nothing of when the exercise is held. A place lent by the story gives
// way to the trip's.
func (doc *doc) recalledTripPurposes(evs []*cand) {
	for _, e := range evs {
		if e.ev.Type != "visit" || e.ev.Salience != "background" || !e.ownDate {
			continue
		}
		ws := doc.words[e.sent]
		for _, c := range evs {
			if c == e || c.sent != e.sent || c.ownDate || c.hit.a < e.hit.b || !doc.purposeAfter(ws, e.hit.b-1, c.hit.a) {
				continue
			}
			c.ev.Date, c.ev.Salience, c.bg = e.ev.Date, "background", true
			if c.ev.Place != "" && !doc.namesPlace(c.sent, c.ev.Place) {
				c.ev.Place = e.ev.Place // the story's place lent to it is not the trip's
			}
		}
	}
}
