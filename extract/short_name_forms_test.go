package extract

import (
	"testing"

	"attache"
)

// TestShortNameForms covers the short forms agencies use for Malay and
// Arab names: the name after a common first name ("Khaled" of "Mohamed
// Khaled Nordin") and a surname with its particle ("Al Rahbi" of "Saif
// bin Nasser Al Rahbi"). Each refers back to the person named in full.
func TestShortNameForms(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, short string }{
		{"Defence Minister Mohamed Khaled Nordin met his Turkish counterpart. Khaled said ties were strong.", "Mohamed Khaled Nordin", "Khaled"},
		{"The drill was opened by Commodore Saif bin Nasser Al Rahbi, Commander of the Fleet. Commodore Al Rahbi said it went well.", "Saif bin Nasser Al Rahbi", "Al Rahbi"},
	}
	// the father's title after "bin" is part of the name
	runPersonCases(t, []personCase{
		{text: "BANDAR SERI BEGAWAN -- He was received by Major General Dato Paduka Haji Awang Rahim bin Haji Mohd Salleh on Monday.",
			name: "Awang Rahim bin Haji Mohd Salleh", rank: "Major General", country: "BN", not: []string{"Mohd Salleh"}},
	})
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		n := 0
		for _, e := range got.Entities {
			if e.Type == attache.Person {
				n++
				if e.Name != tt.name {
					t.Errorf("%q: unexpected person %q", tt.text, e.Name)
				}
			}
		}
		if n != 1 {
			t.Errorf("%q: %d persons, want one (%s, also %q): %v", tt.text, n, tt.name, tt.short, names(got))
		}
	}
}
