package extract

import "testing"

// TestLexLookedIsNoCategory checks that the mark of a looked-up token
// (lexLooked) is not one of the lexicon's categories: a category there
// would read as present on every token textIs and foldIs have seen.
func TestLexLookedIsNoCategory(t *testing.T) {
	for name, bit := range lexCats {
		if bit&lexLooked != 0 {
			t.Errorf("category %q uses the bit of lexLooked", name)
		}
	}
}

// TestTextIsAndFoldIs checks the per-token lookups against x.is.
func TestTextIsAndFoldIs(t *testing.T) {
	x := mustExtractor(t)
	d := x.newDoc("Troops left the Naval Base in Cam Ranh for training areas.")
	for i, tok := range d.toks {
		for _, cat := range lexCats {
			if got, want := d.textIs(i, cat), x.is(cat, tok.Text); got != want {
				t.Errorf("textIs(%q, %b) = %v, want %v", tok.Text, cat, got, want)
			}
			if got, want := d.foldIs(i, cat), x.is(cat, tok.Fold); got != want {
				t.Errorf("foldIs(%q, %b) = %v, want %v", tok.Fold, cat, got, want)
			}
		}
	}
}
