package extract

import (
	"strings"
	"testing"

	"attache"
)

// TestPlaceNames covers places named after known places ("Thu Duc City",
// "Melaka Strait"), two seas sharing their words, venues ending in a
// place word, a ruler's name inside a place name, and a body's house.
func TestPlaceNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The ministers opposed coercion in the East and South China seas.",
			typ: attache.Location, name: "East China Sea", notTyp: attache.Country, notName: "CN"},
		{text: "The ministers opposed coercion in the East and South China seas.",
			typ: attache.Location, name: "South China Sea"},
		{text: "Navies patrol the Red and Black seas.",
			typ: attache.Location, name: "Black Sea"},
		{text: "The frigate docked in Thu Duc City on Monday.",
			typ: attache.Location, name: "Thu Duc City", notTyp: attache.Location, notName: "Thu Duc"},
		// an area word in lower case stays, with the bare name as a form
		{text: "The troops trained in Quang Tri province on Monday.",
			typ: attache.Location, name: "Quang Tri province"},
		{text: "The troops trained in Quang Tri province on Monday.",
			typ: attache.Location, name: "Quang Tri"},
		{text: "The delegation toured a research station on King George Island.",
			typ: attache.Location, name: "King George Island", notTyp: attache.Location, notName: "George Island"},
		{text: "Troops paraded at Robertson Barracks and met at Parliament House.",
			typ: attache.Location, name: "Robertson Barracks", notTyp: attache.Person, notName: "Robertson Barracks"},
		{text: "Medals were awarded at the UN House in Juba.",
			typ: attache.Location, name: "UN House", notTyp: attache.Organization, notName: "UN"},
	})
}

// TestPlacesInCapitalsTakeTheirName: a dateline writes a known place in
// capitals; the record names it as the gazetteer writes it, so that a
// knowledge base shows "Phnom Penh", not "PHNOM PENH".
func TestPlacesInCapitalsTakeTheirName(t *testing.T) {
	x := mustExtractor(t)
	for _, tt := range []struct{ text, want string }{
		{"PHNOM PENH, June 8 (Xinhua) -- Cambodia and China held talks on Wednesday.", "Phnom Penh"},
		{"DARWIN, Aug 3 -- Troops from six nations began a drill on Monday.", "Darwin"},
		{"MANILA -- The Philippine Navy received a frigate on Tuesday.", "Manila"},
		{"Ministers met in Manila on Tuesday.", "Manila"},
	} {
		got := x.Extract("t", tt.text, "")
		found := false
		for _, e := range got.Entities {
			if e.Type != attache.Location {
				continue
			}
			if e.Name == tt.want {
				found = true
			} else if strings.EqualFold(e.Name, tt.want) {
				t.Errorf("%q: location named %q, want %q", tt.text, e.Name, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no location %q in %v", tt.text, tt.want, names(got))
		}
	}
}
