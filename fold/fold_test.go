package fold

import "testing"

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
