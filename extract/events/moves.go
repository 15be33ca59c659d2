package events

// oppositeMoves reports whether ceremonies e and c tell opposite moves of
// troops: one sentence speaks only of a send-off ("at the send-off",
// "bade farewell to the battalion"), the other only of a homecoming ("at a
// welcome ceremony", "the returning troops"). Such ceremonies are two
// occasions even when one official presides over both on one day.
func (doc *doc) oppositeMoves(e, c *cand) bool {
	eOut, eIn := doc.moveWords(e.sent)
	cOut, cIn := doc.moveWords(c.sent)
	return eOut != eIn && cOut != cIn && eOut != cOut
}

// moveWords reports whether sentence s holds a word of a send-off
// (args.tsv's sendoff list) and a word of a welcome (triggers.tsv).
func (doc *doc) moveWords(s int) (out, in bool) {
	if s < 0 || s >= len(doc.words) {
		return false, false
	}
	for _, w := range doc.words[s] {
		out = out || doc.d.places.sendOff.has(w.low)
		in = in || doc.d.rules.welcome.matches(w)
	}
	return out, in
}

// sendOffDestination reports whether the place named at pos in sentence s
// is where the troops a send-off ceremony h sees off are going, which is
// never where the send-off is held: "saw off the contingent bound for the
// UN mission in the Central African Republic at Paro airport", "sees off
// contingent for UN operation in Cyprus", "a farewell for the unit leaving
// for Juba". A "for" or "to" between the trigger and the place tells the
// destination when a verb of leaving comes right before it, a mission word
// after it, or the place right after it; "a send-off ceremony for the unit
// in Icheon" names where the send-off is held.
func (doc *doc) sendOffDestination(s int, h hit, pos int) bool {
	ws := doc.words[s]
	k := wordAt(ws, pos)
	if k < h.b {
		return false
	}
	if out, _ := doc.moveWords(s); !out && ws[h.b-1].low != "off" {
		return false
	}
	for _, w := range ws[h.b:k] {
		if w.low == "at" {
			return false // "for the unit leaving for Juba, at the airport": the venue
		}
	}
	for j := h.b; j < k; j++ {
		if ws[j].low != "for" && ws[j].low != "to" {
			continue
		}
		if j+1 == k || j+2 == k && ws[j+1].low == "the" || j > 0 && doc.d.places.outbound.has(ws[j-1].low) {
			return true
		}
		for _, w := range ws[j+1 : min(k, j+destNounReach+1)] {
			if doc.d.places.destNoun.has(w.low) {
				return true
			}
		}
	}
	return false
}

// destNounReach is how many words after "for" or "to" may hold its mission
// noun: "for the UN mission in X", not "for the new rotation of the
// peacekeeping contingent".
const destNounReach = 3
