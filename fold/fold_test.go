package fold

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Việt Nam", "viet nam"},
		{"Viet Nam", "viet nam"},
		{"Hà Nội", "ha noi"},
		{"Đà Nẵng", "da nang"},
		{"The United Nations", "united nations"},
		{"  the   Ministry of  National Defence ", "ministry of national defence"},
		{"Vietnam People’s Army", "vietnam peoples army"},
		{"Vietnam People's Army", "vietnam peoples army"},
		{"Level-2 Field Hospital", "level2 field hospital"},
		{"ADMM+", "admm"},
		{"Sen. Lieut. Gen.", "sen lieut gen"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"theatre", "theatre"},
		{"", ""},
	} {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestKeyASCII checks the ASCII shortcut of Key against the general path
// over every ASCII character, alone and between words.
func TestKeyASCII(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		for _, s := range []string{string(rune(c)), "The " + string(rune(c)) + "x Ab", " a" + string(rune(c)) + string(rune(c)) + "b  "} {
			if got, want := asciiKey(s), general(s); got != want {
				t.Errorf("asciiKey(%q) = %q, the general fold gives %q", s, got, want)
			}
		}
	}
}

// general is Key without its ASCII shortcut: a non-ASCII rune appended
// and removed (a combining mark folds to nothing) forces the general path.
func general(s string) string { return Key(s + "\u0301") }

func TestWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hà Nội (VNA) – Minister", "ha noi vna minister"},
		{"Level-2 Field Hospital", "level 2 field hospital"},
		{"The U.N. said: \"1,200 sailors\"", "the u n said 1 200 sailors"},
		{"Đà Nẵng\x00Straße", "da nang strasse"},
		{"  ", ""},
	} {
		if got := Words(tc.in); got != tc.want {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// wholeKey is Key's general path as first written: NFKD over the whole
// text at once. Key normalises only the runs of non-ASCII bytes; the folds
// must not differ.
func wholeKey(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case special[r] != "":
			b.WriteString(special[r])
			space = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimPrefix(strings.TrimRight(b.String(), " "), "the ")
}

func TestKeyNormalisesNonASCIIRuns(t *testing.T) {
	for _, s := range []string{
		"Hanoi (VNA) – the Ministry", "Thượng tướng Hoàng Xuân Chiến",
		"e\u0301 a\u0323\u0302 o\u0302\u0323 A\u0301\u0323x", // marks on ASCII letters, in either order
		"\u0301leading mark", "x" + strings.Repeat("\u0301", 40) + "y", // more marks than a stream-safe run
		"ﬁnal ﬂag", "Ｈａｎｏｉ ２０２４", "a\u00a0b\u2003c\u3000d", "½ ²",
		"한국 국방부", "Đà Nẵng–Hà Nội", "Straße Ørsted Łódź",
		"bad \xff byte", "cut \xe2\x80 rune", "\xe2\x80\x93", "The \u2013 end \u2014",
		strings.Repeat("Hanoi (VNA) – ", 50),
	} {
		if got, want := Key(s), wholeKey(s); got != want {
			t.Errorf("Key(%q) = %q, NFKD of the whole gives %q", s, got, want)
		}
	}
}

// BenchmarkKeyLongText folds a long text with a non-ASCII character in
// every phrase, as simhash does with a whole article.
func BenchmarkKeyLongText(b *testing.B) {
	s := strings.Repeat("Hanoi (VNA) – ", 40000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Key(s)
	}
}

// TestKeyFoldedInput checks that keys already folded come back as the
// general path folds them, and without allocating: they are folded again
// at every lookup.
func TestKeyFoldedInput(t *testing.T) {
	for _, s := range []string{"viet nam", "the ministry of defence", "the", "the the army", "level2 field hospital", "a", "admm 10", "the x"} {
		if got, want := Key(s), general(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
		if n := testing.AllocsPerRun(10, func() { Key(s) }); n != 0 {
			t.Errorf("Key(%q) allocates %v times, want 0", s, n)
		}
	}
	for _, s := range []string{"Viet Nam", "viet  nam", " viet", "viet ", "the  army", "a-b", "a.b"} {
		if got, want := Key(s), general(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	}
}
