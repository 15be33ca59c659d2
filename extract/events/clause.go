package events

// This file holds the clause structure of a sentence that every trigger
// shares: which words belong to a relative clause opened by another
// trigger ("the meeting, which reviewed the agreement signed in August
// 2024": August 2024 dates the signing, not the meeting).

// relativeWord opens a relative or reduced clause after a comma.
var relativeWord = map[string]bool{"which": true, "who": true, "whom": true, "where": true, "whose": true, "that": true}

// relativeBreak reports whether words [from, to) hold a relative clause
// opening (", which", ", who") or a semicolon.
func relativeBreak(ws []word, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ws); k++ {
		switch ws[k].low {
		case ";":
			return true
		case ",":
			if k+1 < len(ws) && relativeWord[ws[k+1].low] {
				return true
			}
		}
	}
	return false
}

// otherClause reports whether word i (a date or argument) belongs to
// another trigger of the sentence than h: one lies between h and i, in a
// relative clause that h's own clause opens.
func otherClause(ws []word, hs []hit, h hit, i int) bool {
	for _, o := range hs {
		if o.a == h.a && o.b == h.b || o.r.anaphor {
			continue
		}
		switch {
		case i >= h.b && o.a >= h.b && o.b <= i:
			if relativeBreak(ws, h.b, o.a) {
				return true
			}
		case i < h.a && o.b <= h.a && o.a > i:
			if relativeBreak(ws, o.b, h.a) {
				return true
			}
		}
	}
	return false
}

// recallWindow is how many words a recalling verb may come before the
// trigger it makes an earlier event.
const recallWindow = 12

// recalled reports whether a recalling verb ("recalled", "recalling")
// comes shortly before word i in its clause: the event is brought back as
// background, not told as news.
func (doc *doc) recalled(ws []word, i int) bool {
	for k := i - 1; k >= 0 && i-k <= recallWindow; k-- {
		if l := ws[k].low; l == ";" || l == "." {
			return false
		}
		if doc.d.rules.recall.matches(ws[k]) {
			return true
		}
	}
	return false
}
