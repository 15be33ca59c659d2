package events

import "testing"

// TestVisitStays covers the place of a stay told as "on a three-day
// visit": the country it is in, not the city a later clause names; a
// visit "to" a place goes there.
func TestVisitStays(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a stay is placed in the country of the city named after it",
		published: "2025-06-12",
		text:      "General Ivo Marek, who is on a three-day goodwill visit, also laid a wreath at a memorial in Yangon on Thursday.",
		ents:      []ent{person("Ivo Marek", "CZ"), loc("Yangon")},
		want:      []want{{"visit", "*", "MM", "Ivo Marek", ""}},
		not:       []want{{"visit", "*", "Yangon", "-", ""}},
	}, {
		name:      "a visit to a city goes to the city",
		published: "2025-06-12",
		text:      "General Ivo Marek arrived on a visit to Yangon on Thursday.",
		ents:      []ent{person("Ivo Marek", "CZ"), loc("Yangon")},
		want:      []want{{"visit", "*", "Yangon", "Ivo Marek", ""}},
	}})
}
