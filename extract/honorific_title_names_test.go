package extract

import (
	"testing"

	"attache"
)

// TestHonorificTitleNames covers the names of a title set between an
// honorific and a rank ("Pehin Orang Kaya Pekerma Laila Diraja Brigadier
// General (Retired) X"): they are no person, whatever their length, and
// the person after the rank keeps it.
func TestHonorificTitleNames(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, rank, notName string }{
		{"BANDAR SERI BEGAWAN – Deputy Minister of Defence Pehin Orang Kaya Pekerma Laila Diraja Brigadier General (Retired) Dato Paduka Haji Sufian bin Haji Ismail received the Malaysian armed forces chief.",
			"Sufian bin Haji Ismail", "Brigadier General", "Orang Kaya Pekerma Laila Diraja"},
		{"BANDAR SERI BEGAWAN – Minister of Defence II Pehin Datu Lailaraja Major General (Retired) Dato Paduka Seri Haji Awang Halbi bin Haji Mohd Yussof received the guests.",
			"Awang Halbi bin Haji Mohd Yussof", "Major General", "Lailaraja"},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if p.Rank != tt.rank {
			t.Errorf("%q: %s has rank %q, want %q", tt.text, tt.name, p.Rank, tt.rank)
		}
		for _, n := range names(got) {
			if n == tt.notName {
				t.Errorf("%q: %q is no person", tt.text, n)
			}
		}
	}
}
