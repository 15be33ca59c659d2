package events

import (
	"testing"

	txt "attache/extract/text"
)

// TestNumberedSlotsMatchAsStrings checks the numbered matching against
// the strings it stands for: over the words of a few sentences, every
// slot of every trigger fits a numbered word exactly when it fits the
// same word unnumbered, and a second slot ruled out by nextFails never
// fits.
func TestNumberedSlotsMatchAsStrings(t *testing.T) {
	d := mustDetector(t)
	rs := d.rules
	text := "Defence Minister A held talks with the 7th Thai delegation and signed a memorandum of understanding in 2024. " +
		"The two sides agreed to hold the joint exercise, the send-off ceremony and the fifth defence policy dialogue next year; " +
		"peacekeepers of the engineering unit left for the mission on Monday."
	toks := txt.Tokenize(text)
	plain, _ := appendTokenWords(nil, toks, 0, len(text), nil)
	numbered := append([]word(nil), plain...)
	rs.numberWords(numbered)
	seen := 0
	for _, r := range rs.all {
		for k := range r.pattern {
			e := &r.pattern[k]
			if e.gap {
				continue
			}
			for i := range plain {
				got, want := e.fits(&numbered[i]), e.fits(&plain[i])
				if got != want {
					t.Errorf("line %d slot %d, word %q: numbered %v, by string %v", r.line, k, plain[i].low, got, want)
				}
				if k == 1 && r.nextFails(&numbered[i]) {
					seen++
					if want {
						t.Errorf("line %d: nextFails(%q) though the second slot fits it", r.line, plain[i].low)
					}
				}
			}
		}
	}
	if seen == 0 {
		t.Errorf("nextFails ruled out no word")
	}
}
