package events

// departuresAfterSendOff folds a departure dated by its send-off into the
// first part of the rotation that the article dates on its own: "Army
// Chief bids farewell to peacekeepers bound for the Central African
// Republic ... Its first flight will leave for Bangui on Thursday" and
// "Sri Lankan peacekeepers leave for Lebanon after send-off ... Its
// advance party left on Tuesday" each tell one departure, on the day the
// first group flies, not on the day of the ceremony. The part takes the
// main salience of the departure it absorbs.
func (doc *doc) departuresAfterSendOff(evs []*cand) []*cand {
	out := evs[:0]
	for _, c := range evs {
		if p := doc.laterPart(evs, c); p != nil {
			if c.ev.Salience == "main" {
				p.ev.Salience = "main"
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// laterPart returns the part of c's rotation told with a later date of its
// own when c is a departure of the lead told with its send-off ("bids
// farewell to peacekeepers bound for", "leave after send-off") and dated
// by that ceremony's day, or nil. A departure told by its own verb ("left
// for Lebanon on Tuesday", with the send-off in the next sentence) keeps
// its day.
func (doc *doc) laterPart(evs []*cand, c *cand) *cand {
	if c.ev.Type != "deployment" || c.bg || c.past || !doc.lead[c.sent] || !doc.seesOff(c.sent) || !doc.datedBySendOff(evs, c) {
		return nil
	}
	units := withoutCodes(c.ev.Participants)
	var first *cand
	for _, p := range evs {
		if p.ev.Type != "deployment" || p == c || p.bg || p.past || p.sent <= c.sent || !p.ownDate ||
			len(p.ev.Date) != len("2006-01-02") || p.ev.Date <= c.ev.Date || !shareAny(units, p.ev.Participants) {
			continue
		}
		if first == nil || p.ev.Date < first.ev.Date {
			first = p
		}
	}
	return first
}

// datedBySendOff reports whether departure c is dated by a send-off
// ceremony of the story: c's day is the ceremony's, or c, dated by the
// story's year alone ("who are leaving for the Central African Republic"),
// is told in the ceremony's own sentence ("bids farewell to peacekeepers
// bound for ..."). A departure dated by a month, or by a year in a
// sentence of its own, is left alone: "Rotation 7, engineering unit sent
// off to UN missions" tells two rotations, not the first flight of one.
func (doc *doc) datedBySendOff(evs []*cand, c *cand) bool {
	day, year := len(c.ev.Date) == len("2006-01-02"), len(c.ev.Date) == len("2006")
	if !day && !year {
		return false
	}
	for _, e := range evs {
		if e.ev.Type != "ceremony" || e.bg || !dateCompatible(e.ev.Date, c.ev.Date) || !doc.seesOff(e.sent) {
			continue
		}
		if day || e.sent == c.sent && len(e.ev.Date) == len("2006-01-02") {
			return true
		}
	}
	return false
}
