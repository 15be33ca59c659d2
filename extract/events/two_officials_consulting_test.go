package events

import "testing"

// TestTwoOfficialsConsulting covers talks told by a verb of consulting
// whose subject is two named officials: "Defense Minister A and Ambassador
// B discussed military cooperation", "A and B conferred in Tehran". One
// official who discusses a topic tells what talks told elsewhere were
// about, no talks of their own.
func TestTwoOfficialsConsulting(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two officials discussed cooperation",
		published: "2027-05-13",
		text:      "Defence Minister Petr Dvorak and Slovak Ambassador Jan Kral discussed military cooperation between the two countries, the ministry said.",
		ents:      []ent{person("Petr Dvorak", "CZ"), person("Jan Kral", "SK", "Slovak Ambassador Jan Kral"), country("SK", "Slovak")},
		want:      []want{{"meeting", "*", "*", "Jan Kral", ""}},
	}, {
		name:      "two officials conferred in a city",
		published: "2027-05-13",
		text:      "Army chief Omar Saleh and Defence Minister Ali Nouri conferred in Baghdad on Tuesday.",
		ents:      []ent{person("Omar Saleh", ""), person("Ali Nouri", ""), loc("Baghdad")},
		want:      []want{{"meeting", "2027-05-11", "Baghdad", "Ali Nouri", ""}},
	}, {
		name:      "one official discussing a topic is no talks",
		published: "2027-05-13",
		text:      "Minister Petr Dvorak discussed the budget for next year.",
		ents:      []ent{person("Petr Dvorak", "CZ")},
		not:       []want{{"meeting", "*", "*", "*", ""}},
	}})
}
