package events

import "testing"

// TestTripPlaces: a trip as a whole is placed by its own words, the city
// the visitors arrive in or stay in, else the country visited; a city
// named for a stop, for talks held during the trip or by the dateline
// gives the trip only its country; ships keep their port.
func TestTripPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the city of the arrival places the trip",
		published: "2026-05-04",
		text:      "General Ivo Marek arrived in Kumasi on Monday for a three-day working visit.",
		ents:      []ent{person("Ivo Marek", "CZ"), loc("Kumasi")},
		want:      []want{{"visit", "*", "Kumasi", "Ivo Marek", ""}},
	}, {
		name:      "the city of a stay before the trip's words places it",
		published: "2026-05-04",
		text:      "Minister Ana Ruiz held talks with General Kofi Boateng, who is in Tamale on an official visit.",
		ents:      []ent{person("Ana Ruiz", "GH"), person("Kofi Boateng", "TG"), loc("Tamale")},
		want:      []want{{"visit", "*", "Tamale", "Kofi Boateng", ""}},
	}, {
		name:      "a stop's city gives the trip only its country",
		published: "2026-05-04",
		text:      "General Ivo Marek, who arrived on Monday for a three-day working visit, is also due to call on the army commander and to tour the 4th Brigade in Kumasi.",
		ents:      []ent{person("Ivo Marek", "CZ"), loc("Kumasi")},
		want:      []want{{"visit", "*", "GH", "Ivo Marek", ""}},
	}, {
		name:      "the city of the talks gives a guest's trip its country",
		published: "2026-02-17",
		text:      "Army commander Kofi Boateng received on Tuesday Admiral Ivo Marek, who is currently visiting the country, at the army headquarters in Takoradi.",
		ents:      []ent{person("Kofi Boateng", "GH"), person("Ivo Marek", "CZ"), loc("Takoradi")},
		want:      []want{{"visit", "*", "GH", "Ivo Marek", ""}},
	}, {
		name:      "a ship's visit keeps its port",
		published: "2026-03-03",
		text:      "The Czech training ship Vltava arrived on Tuesday for a three-day goodwill visit and berthed at the port of Takoradi.",
		ents:      []ent{loc("Takoradi")},
		not:       []want{{"visit", "*", "GH", "*", ""}},
	}})
}
