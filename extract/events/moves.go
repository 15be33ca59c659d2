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
