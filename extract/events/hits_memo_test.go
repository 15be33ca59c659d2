package events

import (
	"slices"
	"testing"

	txt "attache/extract/text"
)

// TestHitsFoundOncePerSentence checks that hits gives the same matches
// as findHits each time it is asked for a sentence, and that a caller
// changing its copy (as sentenceEvents sorts and extends it) leaves the
// next caller's untouched.
func TestHitsFoundOncePerSentence(t *testing.T) {
	d := mustDetector(t)
	text := "Defence Minister A met his Thai counterpart on May 5. The two sides signed a memorandum and held talks. " +
		"The joint exercise will be held in June, after the ceremony."
	x := build(text, []ent{person("A", "VN"), country("TH", "Thai")})
	doc := d.newDoc(text, txt.Tokenize(text), "2025-05-06", x)
	found := 0
	for s := range doc.words {
		want, _ := doc.findHits(s)
		found += len(want)
		first, _ := doc.hits(s)
		if !slices.Equal(first, want) {
			t.Fatalf("sentence %d: hits %v, want %v", s, first, want)
		}
		for i := range first {
			first[i].a, first[i].b = -1, -1
		}
		if again, _ := doc.hits(s); !slices.Equal(again, want) {
			t.Errorf("sentence %d: hits after a caller changed its copy %v, want %v", s, again, want)
		}
	}
	if found == 0 {
		t.Errorf("no trigger found in %q", text)
	}
}
