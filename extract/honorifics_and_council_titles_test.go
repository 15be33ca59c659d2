package extract

import (
	"testing"

	"attache"
)

// TestCouncilTitlesHonorificsRegions checks that a council member's title
// and the first word of a two-word Malay honorific are no names, and that
// state capitals and regions of large countries are places.
func TestCouncilTitlesHonorificsRegions(t *testing.T) {
	runEntityCases(t, []entityCase{
		// a council member's title is never a person
		{text: "Visiting Chinese State Councillor and Foreign Minister Wang Yi met the press on Monday.",
			typ: attache.Person, name: "Wang Yi", notTyp: attache.Person, notName: "Councillor"},
		{text: "Chinese State Councilor Li Shangfu arrived in Jakarta on Tuesday.",
			typ: attache.Person, name: "Li Shangfu", notTyp: attache.Person, notName: "Councilor"},
		// the first word of a two-word Malay honorific is not a name
		{text: "Army chief General Tan Sri Hamzah Ab Aziz inspected the troops in Kuala Lumpur.",
			typ: attache.Person, name: "Hamzah Ab Aziz", notTyp: attache.Person, notName: "Tan"},
		{text: "Defence Minister Datuk Seri Ahmad Hasan bin Osman said the deal was signed.",
			typ: attache.Person, name: "Ahmad Hasan bin Osman", notTyp: attache.Person, notName: "Datuk"},
		// state capitals and regions of large countries
		{text: "The two ministers met in Manaus, in the state of Amazonas, on Friday.",
			typ: attache.Location, name: "Manaus"},
		{text: "The frigate was built at a yard in Kerala before sailing to Gujarat.",
			typ: attache.Location, name: "Gujarat"},
	})
}

// TestRankBeforeHonorific checks that a rank before a two-word honorific
// still belongs to the person: "General Tan Sri ...".
func TestRankBeforeHonorific(t *testing.T) {
	x := mustExtractor(t)
	got := x.Extract("t", "Navy chief Admiral Tan Sri Abdul Rahman Ayob attended the ceremony in Lumut.", "")
	p := find(got, attache.Person, "Abdul Rahman Ayob")
	if p == nil {
		t.Fatalf("no person Abdul Rahman Ayob in %v", names(got))
	}
	if p.Rank != "Admiral" {
		t.Errorf("rank of %s = %q, want Admiral", p.Name, p.Rank)
	}
}

// TestShortFormBeforeParticle checks that the family name before a
// particle ("Cardoso" of "Fernando Henrique Cardoso da Costa") is an alias
// of the full name, not a second person.
func TestShortFormBeforeParticle(t *testing.T) {
	x := mustExtractor(t)
	got := x.Extract("t", "President Fernando Henrique Cardoso da Costa visited Lisbon. Later, Cardoso said the talks went well.", "")
	var persons []string
	for _, e := range got.Entities {
		if e.Type == attache.Person {
			persons = append(persons, e.Name)
		}
	}
	if len(persons) != 1 || persons[0] != "Fernando Henrique Cardoso da Costa" {
		t.Fatalf("persons = %v, want only the full name", persons)
	}
	if p := find(got, attache.Person, "Cardoso"); p == nil || p.Name != persons[0] {
		t.Errorf("Cardoso is not an alias of %s", persons[0])
	}
}
