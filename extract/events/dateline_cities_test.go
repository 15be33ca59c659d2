package events

import (
	"testing"

	"attache"
)

// TestDatelineCities covers datelineCityIn: talks placed only by a
// country take the dateline's city when it lies in that country, and
// keep the country when the dateline is elsewhere.
func TestDatelineCities(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks placed by a visit to the country take the dateline's city there",
		published: "2025-06-12",
		text:      "OSTRAVA, June 12 - General Jan Wrona, who is on an official visit to the Czech Republic, called on Defence Minister Ivo Marek on Thursday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), ent{attache.Location, "OSTRAVA", "CZ", nil}, country("CZ", "Czech Republic")},
		want:      []want{{"meeting", "2025-06-12", "OSTRAVA", "Ivo Marek", "main"}},
		not:       []want{{"meeting", "*", "CZ", "-", ""}},
	}, {
		name:      "a dateline in another country leaves the country",
		published: "2025-06-12",
		text:      "WARSAW, June 12 - General Jan Wrona, who is on an official visit to the Czech Republic, called on Defence Minister Ivo Marek on Thursday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), ent{attache.Location, "WARSAW", "PL", nil}, country("CZ", "Czech Republic")},
		not:       []want{{"meeting", "*", "WARSAW", "-", ""}},
	}})
}
