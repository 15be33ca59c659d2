package text

import "testing"

// TestTokenizeFolds checks the folds Tokenize writes into its shared buffer
// against Fold of each word, and a few folds by value.
func TestTokenizeFolds(t *testing.T) {
	s := "Việt Nam’s Minister Phan Văn Giang met ĐÀ NẴNG officials, UNMISS and the 7th Level-2 team in Hà Nội."
	want := map[string]string{"Việt": "viet", "Minister": "minister", "ĐÀ": "da", "NẴNG": "nang", "UNMISS": "unmiss", "Hà": "ha", "Nội": "noi", "7th": "7th", "’": "'"}
	for _, tok := range Tokenize(s) {
		if tok.Kind != Punct && tok.Fold != Fold(tok.Text) {
			t.Errorf("token %q: Fold %q, want Fold(Text) = %q", tok.Text, tok.Fold, Fold(tok.Text))
		}
		if w, ok := want[tok.Text]; ok && tok.Fold != w {
			t.Errorf("token %q: Fold %q, want %q", tok.Text, tok.Fold, w)
		}
		if tok.Text != s[tok.Start:tok.End] {
			t.Errorf("token %q: offsets [%d,%d) give %q", tok.Text, tok.Start, tok.End, s[tok.Start:tok.End])
		}
	}
}
