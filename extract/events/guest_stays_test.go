package events

import "testing"

// TestGuestStays covers a trip told without its destination ("on a
// four-day visit that ends on Thursday", "is in the country for a two-day
// official visit"): the story's visitors stay in the country where its
// talks are held, whatever city the dateline names.
func TestGuestStays(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a trip in an aside of the guest takes the country of the talks",
		published: "2025-10-22",
		text: "Ruritanian, Polish ministers meet in Warsaw\n\n" +
			"KRAKOW - Polish Defence Minister Jan Wrona received Ruritanian Defence Minister Ivo Marek at the ministry in Warsaw on Tuesday.\n\n" +
			"Marek, on a four-day visit that ends on Thursday, also called on the Chief of the General Staff, General Adam Nowak.",
		ents: []ent{person("Jan Wrona", "PL"), person("Ivo Marek", "RU", "Marek"), person("Adam Nowak", "PL"),
			locIn("KRAKOW", "PL"), locIn("Warsaw", "PL")},
		want: []want{{"visit", "2025-10-20/2025-10-23", "PL", "Ivo Marek", ""}},
		not:  []want{{"visit", "*", "KRAKOW", "-", ""}},
	}, {
		name:      "a delegation 'in the country for a visit' stays in the country of the talks",
		published: "2026-02-17",
		text: "Polish army chief receives Ruritanian delegation\n\n" +
			"Polish Army Commander General Jan Wrona received Ruritanian Army Commander General Ivo Marek in Warsaw on Monday.\n\n" +
			"The Ruritanian delegation is in the country for a two-day official visit ending today.",
		ents: []ent{person("Jan Wrona", "PL"), person("Ivo Marek", "RU"), locIn("Warsaw", "PL")},
		want: []want{{"visit", "*", "PL", "-", ""}},
	}, {
		name:      "talks by phone place no trip",
		published: "2025-10-22",
		text: "Polish, Ruritanian ministers talk by phone\n\n" +
			"Polish Defence Minister Jan Wrona held a phone call with Ruritanian Defence Minister Ivo Marek on Tuesday.\n\n" +
			"Marek, on a four-day visit that ends on Thursday, will also meet the Chief of the General Staff.",
		ents: []ent{person("Jan Wrona", "PL"), person("Ivo Marek", "RU", "Marek")},
		not:  []want{{"visit", "*", "PL", "-", ""}},
	}})
}
