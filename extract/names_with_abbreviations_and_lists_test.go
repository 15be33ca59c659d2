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

// TestSurnameInsideThreeWordNames checks that a rank and the middle word
// of a three-word name ("General Okello" for "Samuel Okello Atim") refer
// to that person, while a Vietnamese middle name ("General Van") does not.
func TestSurnameInsideThreeWordNames(t *testing.T) {
	x := mustExtractor(t)
	persons := func(s string) []string {
		var out []string
		for _, e := range x.Extract("t", s, "").Entities {
			if e.Type == attache.Person {
				out = append(out, e.Name)
			}
		}
		return out
	}
	if got := persons("General Daniel Opio Lokeris met the visitors in Kampala. General Opio thanked them."); len(got) != 1 {
		t.Errorf("middle surname after a rank: persons %v, want one", got)
	}
	if got := persons("General Tran Van Binh met the visitors. Later General Van spoke."); len(got) != 2 {
		t.Errorf("a middle name merged its person: persons %v, want two", got)
	}
}
