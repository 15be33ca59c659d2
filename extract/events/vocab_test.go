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
	plain, numbered := wordsBothWays(rs, text)
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

// editionsAndPlansText tells of earlier editions, plans and purposes,
// which the edition, scheduled and irrealis rules read.
const editionsAndPlansText = "The first edition was held in 2019, the 7th since 2016; the previous session took place in Hanoi. " +
	"They agreed that the exercise is to be held next year and is scheduled for November, easier for their forces to hold joint drills. " +
	"The ministers signed a memorandum of understanding and an agreement on defence cooperation."

// TestFirstSlotFiltersMatchAsStrings checks the tests that pass over a
// word before trying a rule at it: a rule whose first slot rules a word
// out (rule.first), or a list none of whose rules may open at it
// (ruleStarts), never matches there by strings; and a needs= list tested
// by its set fits the words its list does.
func TestFirstSlotFiltersMatchAsStrings(t *testing.T) {
	rs := mustDetector(t).rules
	plain, numbered := wordsBothWays(rs, editionsAndPlansText)
	lists := [][]*rule{rs.all, rs.editions, rs.scheduled, rs.irrealis}
	matched, ruledOut := 0, 0
	for _, list := range lists {
		for _, r := range list {
			for i := range plain {
				if r.match(numbered, i) != matchFrom(r.pattern, plain, i) {
					t.Errorf("line %d at %q: numbered match differs from the match by strings", r.line, plain[i].low)
				}
				if matchFrom(r.pattern, plain, i) > i {
					matched++
				} else if slotFails(r.first, &numbered[i]) {
					ruledOut++
				}
				if got, want := r.needs.fits(&numbered[i]), r.needs.fits(&plain[i]); got != want {
					t.Errorf("line %d needs, word %q: numbered %v, by string %v", r.line, plain[i].low, got, want)
				}
			}
		}
	}
	for _, c := range []struct {
		name  string
		st    ruleStarts
		rules []*rule
	}{{"edition", rs.editionStarts, rs.editions}, {"scheduled", rs.scheduledStarts, rs.scheduled}} {
		for i := range plain {
			if !c.st.rulesOut(&numbered[i]) {
				continue
			}
			for _, r := range c.rules {
				if matchFrom(r.pattern, plain, i) > i {
					t.Errorf("%s rule line %d matches at %q, which its list's starts rule out", c.name, r.line, plain[i].low)
				}
			}
		}
	}
	if matched == 0 || ruledOut == 0 {
		t.Errorf("the text tests nothing: %d matches, %d words ruled out by a first slot", matched, ruledOut)
	}
}

// wordsBothWays returns the words of text unnumbered, matched by their
// strings, and numbered in the vocabulary of rs.
func wordsBothWays(rs *rules, text string) (plain, numbered []word) {
	plain, _ = appendTokenWords(nil, txt.Tokenize(text), 0, len(text), nil)
	numbered = append([]word(nil), plain...)
	rs.numberWords(numbered)
	return plain, numbered
}
