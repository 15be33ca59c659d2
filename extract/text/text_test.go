package text

import (
	"strings"
	"testing"
)

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

// TestCountTokens checks that the count Tokenize sizes its slice with is
// the number of tokens it makes, over spaces of every kind, invalid bytes,
// marks, non-ASCII punctuation and words that mix scripts.
func TestCountTokens(t *testing.T) {
	for _, s := range []string{
		"",
		"   \t\n\r\v\f ",
		"Hanoi (VNA) – on May 5, the Ministry of National Defence of Viet Nam",
		"Việt Nam’s ĐÀ NẴNG Hà Nội«quoted»",
		"a\u00a0b\u2003c\u0085d", // spaces outside ASCII
		"e\u0301clair x\u0301",   // combining marks inside and after words
		"bad\xffbytes\xc3 and \uFFFD replaced",
		"Level-2 7th 1,000 No.1 (Photo: VNA)",
		"日本の防衛省 Москва́ Ἀθῆναι",
	} {
		if got, want := countTokens(s), len(Tokenize(s)); got != want {
			t.Errorf("countTokens(%q) = %d, Tokenize makes %d tokens", s, got, want)
		}
	}
}

// BenchmarkTokenize measures tokenizing prose and long runs of
// capitalised names, the shape of most hostile texts.
func BenchmarkTokenize(b *testing.B) {
	for _, c := range []struct{ name, phrase string }{
		{"prose", "The minister met his Lao counterpart in Hà Nội on May 5, and both sides agreed to deepen ties. "},
		{"names", "the Ministry of National Defence of "},
		{"dateline", "Hanoi (VNA) – "},
	} {
		s := strings.Repeat(c.phrase, (1<<20)/len(c.phrase))
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				Tokenize(s)
			}
		})
	}
}

// TestAppendTokens checks that AppendTokens gives Tokenize's tokens after
// those already in the slice, and reuses an array large enough.
func TestAppendTokens(t *testing.T) {
	first := "Việt Nam’s Minister met ĐÀ NẴNG officials."
	second := "The 7th Level-2 team left Hà Nội on May 5."
	toks := AppendTokens(Tokenize(first), second)
	want := append(Tokenize(first), Tokenize(second)...)
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i := range want {
		if toks[i] != want[i] {
			t.Errorf("token %d: got %+v, want %+v", i, toks[i], want[i])
		}
	}
	big := make([]Token, 0, 100)
	again := AppendTokens(big, second)
	if &again[0] != &big[:1][0] {
		t.Errorf("AppendTokens made a new array though the given one had room")
	}
	if len(Tokenize("")) != 0 || Tokenize("") == nil {
		t.Errorf("Tokenize(\"\") = %#v, want an empty, non-nil slice", Tokenize(""))
	}
}
