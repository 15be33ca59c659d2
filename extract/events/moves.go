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

// moveWords reports whether sentence s holds a farewell word and a
// welcome word.
func (doc *doc) moveWords(s int) (out, in bool) {
	if s < 0 || s >= len(doc.words) {
		return false, false
	}
	rs := doc.d.rules
	for _, w := range doc.words[s] {
		out = out || rs.farewell.matches(w)
		in = in || rs.welcome.matches(w)
	}
	return out, in
}
