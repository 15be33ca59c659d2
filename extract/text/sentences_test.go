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
