package extract

import (
	"strings"
	"testing"
)

// TestTitleLookBackIsBounded checks that the posts read before a name stop
// within maxTitleTokens tokens of it. A sentence of words that may sit
// inside a post but hold none ("Aug of Aug of ...") made every name in it
// walk back to the sentence start and then scan all the way for a post
// head: hundreds of tokens per name, so such text ran a hundred times
// slower than news.
func TestTitleLookBackIsBounded(t *testing.T) {
	x := mustExtractor(t)
	for _, run := range []string{"Aug of ", "Sec of the ", "Dec for "} {
		s := strings.Repeat(run, 120) + "Gen. Kazimir Ostrowski met the delegation."
		d := x.newDoc(s)
		d.entities()
		p := -1
		for i, tok := range d.toks {
			if tok.Text == "Gen" { // the rank opens the name; the posts end before it
				p = i
			}
		}
		if p < 0 {
			t.Fatalf("%q: no token Gen", run)
		}
		if got := d.titleStart(p, p); p-got > maxTitleTokens {
			t.Errorf("%q: the post before the name starts %d tokens back, more than %d", run, p-got, maxTitleTokens)
		}
	}
}
