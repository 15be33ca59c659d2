package extract

import (
	"testing"

	"attache"
)

// TestLeadersWithLowerCasePosts covers a delegation's leader introduced by
// a post in lower case set off by a comma ("led by its flag officer in
// command, Vice Adm. X"): the leader serves the delegation's state, not
// the host state of the dateline.
func TestLeadersWithLowerCasePosts(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, country string }{
		{"SEOUL, May 4 (Yonhap) -- A Philippine Navy delegation led by its flag officer in command, Vice Adm. Dante Villareal Cruz, is in the Republic of Korea until Friday.", "Dante Villareal Cruz", "PH"},
		{"HANOI, May 4 (VNA) -- A delegation of the Royal Thai Navy headed by its commander-in-chief, Admiral Somchai Rattanakul, arrived in Hanoi on Monday.", "Somchai Rattanakul", "TH"},
		{"JAKARTA, May 4 (ANTARA) - A Malaysian Army team led by its chief of staff, Lieutenant General Hafiz Rahman, toured the Army's headquarters in Jakarta.", "Hafiz Rahman", "MY"},
	}
	for _, c := range cases {
		got := x.Extract("t", c.text, "2026-05-04")
		p := find(got, attache.Person, c.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", c.text, c.name, names(got))
			continue
		}
		if p.Country != c.country {
			t.Errorf("%q: %s serves %q, want %q", c.text, c.name, p.Country, c.country)
		}
	}
}
