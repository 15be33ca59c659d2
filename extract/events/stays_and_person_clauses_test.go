package events

import "testing"

// TestPersonClauses covers a place named in a relative clause about a
// person: it belongs to what the clause tells, not to the event.
func TestPersonClauses(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a city in a person's relative clause is not the place of the call",
		published: "2025-06-04",
		text:      "Ivo Marek paid a courtesy call on Minister Jan Wrona, who recalled his talks with Czech officials in Prague last year.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Prague")},
		not:       []want{{"meeting", "2025", "Prague", "Jan Wrona", ""}},
	}, {
		name:      "a venue of the talks beats a nearer city in the subject's relative clause",
		published: "2025-07-09",
		text: "The Czech army opened its annual exercise Iron Gate near Brno on Monday.\n\n" +
			"Marek, who arrived in Prague on Tuesday, also held talks with the Chief of the General Staff, General Jan Wrona, at Army House.",
		ents: []ent{person("Ivo Marek", "PL", "Marek"), person("Jan Wrona", "CZ"), loc("Prague"), loc("Army House"), loc("Brno")},
		want: []want{{"meeting", "*", "Army House", "Jan Wrona", ""}},
	}, {
		name:      "the city of the subject's relative clause places talks that name no other place",
		published: "2025-07-09",
		text:      "Marek, who arrived in Prague on Tuesday, also held talks with the Chief of the General Staff, General Jan Wrona.",
		ents:      []ent{person("Ivo Marek", "PL", "Marek"), person("Jan Wrona", "CZ"), loc("Prague")},
		want:      []want{{"meeting", "*", "Prague", "Jan Wrona", ""}},
	}})
}

// TestOtherEventClauses covers a place in a relative clause that tells
// another event: "co-chaired the meeting, which reviewed the pact signed
// in Tallinn" does not place the meeting in Tallinn.
func TestOtherEventClauses(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a signing's city in a relative clause does not place the dialogue",
		published: "2025-08-26",
		text: "The Czech army opened its annual exercise Iron Gate near Brno on Monday.\n\n" +
			"Ivo Marek and Jan Wrona co-chaired the 5th Czech-Polish defence dialogue, which reviewed the agreement signed in Tallinn in 2021.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Tallinn"), loc("Brno")},
		not:  []want{{"dialogue", "*", "Tallinn", "-", ""}},
	}})
}

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
