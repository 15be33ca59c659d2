package extract

import (
	"testing"

	"attache"
)

// TestAbbreviatedGivenNames checks an abbreviated given name inside a
// personal name ("Ma." for María) keeps the name whole.
func TestAbbreviatedGivenNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The frigate was welcomed by Rear Admiral Juan Ma. Santos Dela Cruz at the pier.",
			typ: attache.Person, name: "Juan Ma. Santos Dela Cruz", notTyp: attache.Person, notName: "Juan Ma"},
	})
}

// TestPersonsListedWithTheirStates checks that the second of two names
// joined by "and", each followed by the state it serves, is a person
// though only the first has a post, and that a place word between two
// name words is part of the name.
func TestPersonsListedWithTheirStates(t *testing.T) {
	x := mustExtractor(t)
	got := x.Extract("t", "The session was led by Foreign Ministers Ana Lucia Prado of Peru and Diego Lagos Ortiz of Chile.", "")
	for name, code := range map[string]string{"Ana Lucia Prado": "PE", "Diego Lagos Ortiz": "CL"} {
		e := find(got, attache.Person, name)
		if e == nil {
			t.Errorf("no person %q in %v", name, names(got))
			continue
		}
		if e.Country != code {
			t.Errorf("%s: country %q, want %q", name, e.Country, code)
		}
	}
	if find(got, attache.Location, "Lagos") != nil {
		t.Errorf("Lagos inside a name read as a place: %v", names(got))
	}
}
