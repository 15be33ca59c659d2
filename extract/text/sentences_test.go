package text

import (
	"strings"
	"testing"
)

// TestSentencesCapLength: a run without a sentence end is cut into pieces
// of at most MaxSentence tokens, after a comma near the limit when there
// is one, and every token still belongs to exactly one sentence.
func TestSentencesCapLength(t *testing.T) {
	for _, tc := range []struct {
		name, phrase string
		afterComma   bool
	}{
		{"commas", "on May 5, ", true},
		{"no punctuation", "Nguyen ", false},
	} {
		s := strings.Repeat(tc.phrase, 1000)
		toks := Tokenize(s)
		spans := Sentences(s, toks, nil)
		if want := len(toks) / MaxSentence; len(spans) < want {
			t.Errorf("%s: %d sentences of %d tokens, want at least %d", tc.name, len(spans), len(toks), want)
		}
		count := make([]int, len(spans))
		for i, tok := range toks {
			count[tok.Sent]++
			if i > 0 && tok.Sent < toks[i-1].Sent {
				t.Fatalf("%s: token %d in sentence %d after sentence %d", tc.name, i, tok.Sent, toks[i-1].Sent)
			}
		}
		for k, n := range count {
			if n > MaxSentence {
				t.Errorf("%s: sentence %d holds %d tokens, more than %d", tc.name, k, n, MaxSentence)
			}
			last := s[spans[k].Start:spans[k].End]
			if tc.afterComma && k < len(spans)-1 && !strings.HasSuffix(last, ",") {
				t.Errorf("%s: sentence %d ends %q, want a cut after a comma", tc.name, k, last[max(0, len(last)-10):])
			}
		}
	}
}

// TestSentencesShortUnchanged: the cap leaves sentences of news length
// alone.
func TestSentencesShortUnchanged(t *testing.T) {
	s := "General Phan Van Giang met the delegation in Hanoi, where the two sides signed three documents. They agreed to meet again."
	toks := Tokenize(s)
	spans := Sentences(s, toks, nil)
	if len(spans) != 2 || s[spans[0].Start:spans[0].End] != "General Phan Van Giang met the delegation in Hanoi, where the two sides signed three documents." {
		t.Errorf("got %d sentences: %+v", len(spans), spans)
	}
}

// TestSentencesAbbreviationsAndDecimals: a dot after an abbreviation of the
// list, after an initial, or between the digits of a decimal number does
// not end a sentence, even before a capitalised word or a number; a dot
// after an ordinary word does.
func TestSentencesAbbreviationsAndDecimals(t *testing.T) {
	abbrevs := map[string]bool{"sept": true, "lt": true, "gen": true, "no": true}
	for _, tc := range []struct {
		text string
		want int
	}{
		{"The pact entered into force on Sept. 11 and was welcomed by Lt. Gen. Arturo Reyes.", 1},
		{"Sapper Unit No. 3 left for the U.S. Pacific Command on Monday.", 1},
		{"A 6.4-magnitude earthquake struck the province. Troops were sent on $2.5 million.", 2},
		{"The drill ended on Friday. Gen. Lim thanked the crews.", 2},
	} {
		toks := Tokenize(tc.text)
		if got := Sentences(tc.text, toks, abbrevs); len(got) != tc.want {
			var parts []string
			for _, s := range got {
				parts = append(parts, tc.text[s.Start:s.End])
			}
			t.Errorf("%q: %d sentences %q, want %d", tc.text, len(got), parts, tc.want)
		}
	}
}
