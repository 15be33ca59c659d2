package events

import (
	"strings"

	"attache"
)

// This file holds the events a context must not place: whatever place the
// story around them lends, their own words say they happened nowhere the
// text gives (talks held via video link, a statement to the press) or
// mark a date rather than an occasion (an anniversary).

// placeless reports whether c, told as it is, happened in no place the
// text gives, whatever its context lent it: talks held at a distance, a
// statement to the press, an anniversary its own clause does not place.
func (doc *doc) placeless(c *cand) bool {
	if agreedLater(c) {
		return false // "spoke by phone and agreed to meet in Nicosia": the meeting is in Nicosia
	}
	return doc.remote(c) || doc.toPress(c) || doc.loneAnniversary(c) || doc.calledInHeadline(c) || recalledInvitation(c)
}

// recalledInvitation reports whether c is an invitation a visit is said to
// answer ("is in China from April 6 to 10 at the invitation of X"): it was
// extended before, somewhere the text does not say; the country or city
// the guest is in is where the visit happens.
func recalledInvitation(c *cand) bool {
	r := c.hit.r
	return c.ev.Type == "invitation" && r != nil && r.bg && r.undated
}

// calledInHeadline reports whether c is the lead's talks that the
// headline calls a phone or video call ("Readout of X's Call With Y",
// "X, Y hold phone talks") while c's own sentence names no place ("X
// spoke today with Y"): the call joins two places and happens in neither.
func (doc *doc) calledInHeadline(c *cand) bool {
	if !doc.headline || c.ev.Type != "meeting" || c.sent < 0 || c.sent >= len(doc.words) || c.sent > 0 && !doc.lead[c.sent] || c.bg || c.past {
		return false
	}
	dl := doc.dateline(c.sent)
	for _, m := range doc.ments[c.sent] {
		if m.e.Type == attache.Location && m.e != dl {
			return false
		}
	}
	hw := doc.words[0]
	for k, w := range hw {
		if doc.d.places.phone.has(w.low) || doc.d.places.remote.has(w.low) {
			return true
		}
		if (w.low == "call" || w.low == "calls") && k+1 < len(hw) && hw[k+1].low == "with" {
			return true
		}
	}
	return false
}

// loneAnniversary reports whether c is an anniversary ("the 40th
// anniversary of diplomatic ties") whose place its sentence does not give
// it: a date the parties mark, not an occasion held where the talks
// were. A place its sentence names for it ("Qingdao will host the 75th
// anniversary celebrations") stays; one named for another event ("ahead
// of the meeting in Singapore next year, when they mark their 55th
// anniversary") does not.
func (doc *doc) loneAnniversary(c *cand) bool {
	h := c.hit
	if c.ev.Type != "ceremony" || c.ev.Place == "" || h.r == nil || len(h.r.pattern) == 0 || !h.r.pattern[0].ordinal {
		return false
	}
	ws := doc.words[c.sent]
	for _, m := range doc.ments[c.sent] {
		if m.e.Name != c.ev.Place && m.e.Country != c.ev.Place {
			continue
		}
		// before the anniversary, the place is another event's when
		// that event is told before it ("the meeting in Singapore");
		// after it, when another event stands between
		from, to := ws[0].start, m.start
		if m.start > ws[h.a].start {
			from, to = ws[h.b-1].end, m.start
		}
		if !doc.triggerBetween(c.sent, h, from, to) {
			return false
		}
	}
	return true
}

// triggerBetween reports whether a trigger of sentence s other than h
// starts between bytes from and to.
func (doc *doc) triggerBetween(s int, h hit, from, to int) bool {
	ws := doc.words[s]
	hits, _ := doc.hits(s)
	for _, o := range hits {
		if o.a == h.a || o.a >= len(ws) {
			continue
		}
		if at := ws[o.a].start; at >= from && at < to {
			return true
		}
	}
	return false
}

// remoteReach is how many words after its trigger may say that talks
// were held at a distance: "co-chaired the fifth dialogue via video
// conference on Wednesday".
const remoteReach = 10

// remote reports whether the clause of c says it was held at a distance
// ("via video link", "held online"): like a phone call, it has no place.
func (doc *doc) remote(c *cand) bool {
	h := c.hit
	if h.r == nil || !talkType(h.r.typ) || c.sent < 0 || c.sent >= len(doc.words) {
		return false
	}
	ws := doc.words[c.sent]
	end := h.b + remoteReach
	for k := max(h.a-3, 0); k < len(ws) && k < end; k++ {
		if l := ws[k].low; l == ";" {
			break
		} else if doc.d.places.remote.has(l) {
			return true
		} else if l == "and" && k >= h.b && k <= h.b+3 && !commaBetween(ws, h.b, k) {
			// "the 3rd X Forum (XF) and the 2nd Y Meeting will be held
			// online": what is said of the second is said of both
			if o := doc.conjoinedHit(c.sent, h, k); o.r != nil {
				end = max(end, o.b+remoteReach)
			}
		}
	}
	return false
}

// conjoinedHit returns the hit of sentence s of h's type that starts
// within three words after the "and" at word k, or a hit with no rule.
func (doc *doc) conjoinedHit(s int, h hit, k int) hit {
	hits, _ := doc.hits(s)
	for _, o := range hits {
		if o.r != nil && o.r.typ == h.r.typ && o.a > k && o.a <= k+3 {
			return o
		}
	}
	return hit{}
}

// toPress reports whether statement c was made to the press or the
// public ("X told reporters", "said on his Facebook page") in a sentence
// that does not name its place: it happened apart from the talks, and
// the text does not say where.
func (doc *doc) toPress(c *cand) bool {
	if c.ev.Type != "statement" || c.ev.Place == "" || c.sent < 0 || c.sent >= len(doc.words) {
		return false
	}
	press := false
	for _, w := range doc.words[c.sent] {
		press = press || doc.d.places.press.has(w.low)
	}
	if !press {
		return false
	}
	for _, m := range doc.ments[c.sent] {
		if m.e.Name == c.ev.Place || m.e.Country == c.ev.Place {
			return false // "told reporters in Manila"
		}
	}
	return true
}

// voted reports whether decision c was taken by a body that meets and
// votes where it sits ("The National Assembly on Wednesday approved the
// pact", "the House of Representatives passed the bill", "the Cabinet
// approved"): like talks, it happens in the city the story is filed from.
// A decree or an appointment by a person is adopted, not held anywhere.
func (doc *doc) voted(c *cand) bool {
	for _, p := range c.ev.Participants {
		if doc.orgsByName()[p] == nil {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(p)) {
			if doc.d.places.chamber.has(w) {
				return true
			}
		}
	}
	return false
}

// ownRecalledPlace clears a place a recalled event with a date of its own
// took from its context: "During the courtesy call, both sides reaffirmed
// the ties of the two countries, which signed a memorandum in 1992": the
// memorandum was not signed at the call. Such an event keeps only the
// place its own clause names (a recalled deployment keeps its area).
func (doc *doc) ownRecalledPlace(c *cand) {
	if c.ev.Place == "" || !c.ownDate || c.ev.Type == "deployment" || c.ev.Salience != "background" {
		return
	}
	if !doc.placeInClause(c.sent, c.hit, c.ev.Place) && !doc.placeInClause(c.sent, c.hit, doc.countryOf(c.ev.Place)) {
		c.ev.Place = ""
	}
}

// commaBetween reports whether a comma stands among words a to b-1.
func commaBetween(ws []word, a, b int) bool {
	for k := a; k < b && k < len(ws); k++ {
		if ws[k].low == "," {
			return true
		}
	}
	return false
}
