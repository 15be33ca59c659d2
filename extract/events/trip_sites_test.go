package events

import "testing"

// TestTripSites covers the sites a trip takes in told in other shapes
// than "visited X": inspected, named by their kind and placed by a town
// ("a field hospital near X"), toured in the trip's own city, and the
// visitor kept through a relative clause or reported speech.
func TestTripSites(t *testing.T) {
	ents := []ent{country("TH", "Thailand", "Thai"), country("MN", "Mongolia", "Mongolian"),
		person("Bat Erdene", "MN"), person("Somchai Wong", "TH"),
		loc("Bangkok"), loc("Lop Buri"), loc("Korat"), loc("Chiang Mai"),
		org("Royal Thai Army"), org("Army War College")}
	trip := "Mongolian general in Thailand\n\nBangkok, March 12 - General Bat Erdene arrived in Bangkok on Tuesday for a four-day official visit to Thailand.\n\n"
	people := []titled{
		{"Aree Chan", "TH", "Colonel", []string{"Army spokesman"}},
		{"Niran Dee", "TH", "General", []string{"Army chief", "Commander-in-Chief of the Royal Thai Army"}},
	}
	runClassCases(t, []classCase{{
		name:      "inspected a site named by its kind, and a second one near a town",
		published: "2026-03-12",
		text:      trip + "On Wednesday he inspected the new aviation base in Lop Buri and a field hospital near Korat.",
		ents:      ents,
		want:      []want{{"visit", "2026-03-11", "Lop Buri", "Bat Erdene", "reported"}, {"visit", "2026-03-11", "Korat", "Bat Erdene", "reported"}},
	}, {
		name:      "inspected a body named after the verb",
		published: "2026-03-12",
		text:      trip + "The delegation also inspected the Army War College in Bangkok and a military hospital near Chiang Mai.",
		ents:      ents,
		want:      []want{{"visit", "*", "Chiang Mai", "Bat Erdene", "reported"}},
	}, {
		name:      "a site toured in the trip's own city is a stop of its own",
		published: "2026-03-12",
		text:      trip + "He later went on to visit the signal laboratory in the city.",
		ents:      ents,
		count:     2,
		want:      []want{{"visit", "*", "Bangkok", "Bat Erdene", "main"}, {"visit", "*", "Bangkok", "Bat Erdene", "reported"}},
	}, {
		name:      "a guard of honour inspected is no site visited",
		published: "2026-03-12",
		text:      trip + "On Wednesday he inspected a guard of honour at the army base in Lop Buri.",
		ents:      ents,
		not:       []want{{"visit", "*", "Lop Buri", "*", ""}},
	}, {
		name:      "the one received in a relative clause is no visitor",
		published: "2026-03-12",
		text:      "Mongolian general in Thailand\n\nBANGKOK, March 12 - General Bat Erdene arrived in Bangkok on Tuesday on a four-day visit to the Royal Thai Army, where he was received by General Somchai Wong.",
		ents:      ents,
		want:      []want{{"visit", "*", "Bangkok", "Bat Erdene", "main"}},
		not:       []want{{"visit", "*", "*", "Somchai Wong", ""}},
	}, {
		name:      "the site visit in reported speech is made by its subject, not the speaker",
		published: "2026-03-12",
		text: "Army chief to tour the north\n\nBANGKOK, March 12 - General Niran Dee is expected in Chiang Mai on Friday on a two-day operational visit. " +
			"A statement by the Army spokesman, Colonel Aree Chan, said the army chief would also inspect the 3rd Infantry Brigade in Korat on Saturday.",
		ents:   ents,
		people: people,
		want:   []want{{"visit", "*", "*", "Niran Dee", "reported"}},
		not:    []want{{"visit", "*", "*", "Aree Chan", ""}},
	}, {
		name:      "a headline's visit told only there is made by the state it names",
		published: "2026-03-12",
		text: "Mongolian general visits Lop Buri aviation base\n\nLOP BURI, March 12 - General Somchai Wong on Wednesday held talks with General Bat Erdene on training. " +
			"Bat Erdene, who arrived in Bangkok on Monday for a four-day visit to Thailand, called on the Royal Thai Army the same day.",
		ents: ents,
		want: []want{{"visit", "*", "Lop Buri", "Bat Erdene", "main"}, {"visit", "*", "Bangkok", "Bat Erdene", "reported"}},
	}, {
		name:      "the headline's visitor is of the state it names, not his host in the lead's talks",
		published: "2026-03-12",
		text:      "Mongolian general visits Lop Buri aviation base\n\nLop Buri, March 12 - General Somchai Wong on Wednesday held talks with General Bat Erdene on training.",
		ents:      ents,
		want:      []want{{"visit", "*", "Lop Buri", "Bat Erdene", "main"}},
		not:       []want{{"visit", "*", "Lop Buri", "Somchai Wong", ""}},
	}, {
		name:      "the headline's trip to a country takes the city the lead's arrival names",
		published: "2026-03-12",
		text:      "Mongolian general pays official visit to Thailand\n\nGeneral Bat Erdene arrived in Bangkok on Tuesday for a four-day official visit to Thailand.",
		ents:      ents,
		want:      []want{{"visit", "2026-03-10/2026-03-13", "Bangkok", "Bat Erdene", "main"}},
		not:       []want{{"visit", "*", "TH", "*", ""}},
	}})
}
