package extract

import (
	"testing"

	"attache"
)

// TestPluralPostPairs covers two names joined by "and" in apposition to a
// plural post of two states: "The defence ministers of A and B, X and Y,
// ..." names two persons, each of the state listed in the same place.
func TestPluralPostPairs(t *testing.T) {
	x := mustExtractor(t)
	for _, tt := range []struct {
		text          string
		first, second string // the persons and their states
		firstC, secC  string
	}{
		{"The defence ministers of Chile and Argentina, Adriana Delpiano and Luis Petri, declared on Tuesday that disputes must be settled peacefully.",
			"Adriana Delpiano", "Luis Petri", "CL", "AR"},
		{"The army chiefs of Kenya and Uganda, Charles Kahariri and Muhoozi Kainerugaba, reviewed the joint border patrols in Busia.",
			"Charles Kahariri", "Muhoozi Kainerugaba", "KE", "UG"},
		{"The foreign ministers of Peru and Ecuador, Elmer Schialer and Gabriela Sommerfeld, signed the minutes in Tumbes.",
			"Elmer Schialer", "Gabriela Sommerfeld", "PE", "EC"},
	} {
		got := x.Extract("t", tt.text, "")
		for _, p := range [][2]string{{tt.first, tt.firstC}, {tt.second, tt.secC}} {
			e := find(got, attache.Person, p[0])
			if e == nil {
				t.Errorf("%q: no person %q in %v", tt.text, p[0], names(got))
				continue
			}
			if e.Country != p[1] {
				t.Errorf("%q: %s of %q, want %q", tt.text, p[0], e.Country, p[1])
			}
		}
	}
}
