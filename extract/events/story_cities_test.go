package events

import (
	"testing"

	"attache"
)

// TestStoryCities covers cityIn for talks: talks placed only by a
// country take the dateline's city when it lies in that country, else the
// city of that country the story has just named, and keep the country
// when the dateline is elsewhere.
func TestStoryCities(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks placed by a visit to the country take the dateline's city there",
		published: "2025-06-12",
		text:      "PRAGUE, June 12 - General Jan Wrona, who is on an official visit to the Czech Republic, called on Defence Minister Ivo Marek on Thursday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), ent{attache.Location, "PRAGUE", "CZ", nil}, country("CZ", "Czech Republic")},
		want:      []want{{"meeting", "2025-06-12", "PRAGUE", "Ivo Marek", "main"}},
		not:       []want{{"meeting", "*", "CZ", "-", ""}},
	}, {
		name:      "a dateline in another country leaves the country",
		published: "2025-06-12",
		text:      "WARSAW, June 12 - General Jan Wrona, who is on an official visit to the Czech Republic, called on Defence Minister Ivo Marek on Thursday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), ent{attache.Location, "WARSAW", "PL", nil}, country("CZ", "Czech Republic")},
		not:       []want{{"meeting", "*", "WARSAW", "-", ""}},
	}, {
		name:      "talks placed by a visit to the country take the city the visitor arrived in",
		published: "2025-06-16",
		text: "General Jan Wrona is on an official visit to the Czech Republic from 16 to 19 June.\n\n" +
			"On arrival in Prague on 16 June, he called on Defence Minister Ivo Marek.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), {attache.Location, "Prague", "CZ", nil}, country("CZ", "Czech Republic")},
		want: []want{{"meeting", "*", "Prague", "Ivo Marek", ""}},
		not:  []want{{"meeting", "*", "CZ", "-", ""}},
	}})
}
