package events

import "testing"

// TestSitesNamedFarBack covers "at the base" told paragraphs after the
// lead named the base: the talks are held at that base, not in the
// dateline's city; a base the story never named leaves the city.
func TestSitesNamedFarBack(t *testing.T) {
	lead := "ACCRA, June 4 (GNA) -- A joint exercise of the Ghanaian and Togolese navies ended on Wednesday at the Sekondi Naval Base.\n\n" +
		"The drill began on May 25.\n\nIt brought together 400 sailors.\n\nThe crews practised boarding and search and rescue.\n\n" +
		"Officials said the drill went well.\n\nThe navies plan more drills.\n\n"
	ents := []ent{country("GH", "Ghanaian"), country("TG", "Togolese"), loc("Accra"), loc("Sekondi Naval Base"),
		person("Kofi Mensah", "GH"), person("Koffi Agbeko", "TG")}
	runClassCases(t, []classCase{{
		name:      "received a guest at the base six sentences after the lead",
		published: "2027-06-04",
		text:      lead + "On Tuesday, Rear Admiral Kofi Mensah received Rear Admiral Koffi Agbeko at the base.",
		ents:      ents,
		want:      []want{{"meeting", "2027-06-01", "Sekondi Naval Base", "Kofi Mensah", ""}},
	}, {
		name:      "near miss: an airport the story never named",
		published: "2027-06-04",
		text:      lead + "On Tuesday, Rear Admiral Kofi Mensah received Rear Admiral Koffi Agbeko at the airport.",
		ents:      ents,
		not:       []want{{"meeting", "*", "Sekondi Naval Base", "*", ""}},
	}})
}
