package extract

import (
	"testing"

	"attache"
)

// TestOrgStatesFromPrefixesAndAcronyms covers the state of a body whose
// bare name the knowledge base lists for other states: the state written
// right before the name is the body's, and an acronym two states' bodies
// share is the home state's, as are the officials whose posts name it.
func TestOrgStatesFromPrefixesAndAcronyms(t *testing.T) {
	x := mustExtractor(t)
	orgs := []struct{ text, name, country string }{
		{"SEOUL -- The guests visited the Korea National Defense University in Nonsan on Friday.",
			"National Defense University", "KR"},
		{"ULAANBAATAR -- The delegation toured the Mongolia National Defense University on Monday.",
			"National Defense University", "MN"},
		{"SEOUL -- The JCS said the drill would go ahead on Monday.", "JCS", "KR"},
	}
	for _, tt := range orgs {
		got := x.Extract("t", tt.text, "")
		e := find(got, attache.Organization, tt.name)
		if e == nil {
			t.Errorf("%q: no organization %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if e.Country != tt.country {
			t.Errorf("%q: country of %q = %q, want %q", tt.text, tt.name, e.Country, tt.country)
		}
	}
	runPersonCases(t, []personCase{
		{text: "SEOUL -- JCS Chairman Adm. Kang Min-seok held talks on Tuesday with the visiting Thai chief.",
			name: "Kang Min-seok", rank: "Admiral", country: "KR"},
		{text: "WASHINGTON -- JCS Chairman Gen. Mark Rowe held talks on Tuesday with the visiting Thai chief.",
			name: "Mark Rowe", rank: "General", country: "US"},
	})
}
