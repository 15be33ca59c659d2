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
