package events

import "testing"

// TestMechanismPossessiveEditions covers editions of a standing mechanism
// told by a possessive pronoun once the mechanism is named ("Its 8th
// meeting was held in Seoul"): the one named body takes part; with two
// bodies named, the pronoun fits neither alone.
func TestMechanismPossessiveEditions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "its earlier meeting",
		published: "2026-05-21",
		text:      "Hana Novak and Milan Horvat co-chaired the 9th meeting of the Czech-Slovak Joint Committee on Defence Industry in Prague on Wednesday. Its 8th meeting was held in Bratislava last year.",
		ents:      []ent{person("Hana Novak", "CZ"), person("Milan Horvat", "SK"), org("Czech-Slovak Joint Committee on Defence Industry"), loc("Prague"), loc("Bratislava")},
		want:      []want{{"dialogue", "2025", "Bratislava", "Czech-Slovak Joint Committee on Defence Industry", "background"}},
	}, {
		name:      "its third session in a stated year",
		published: "2026-08-20",
		text:      "Defence ministers Rosa Vela and Pablo Mora co-chaired the 4th session of the Andean Binational Commission on Border Security in Quito on Tuesday. Its third session was held in Tumbes in 2025.",
		ents:      []ent{person("Rosa Vela", "PE"), person("Pablo Mora", "EC"), org("Andean Binational Commission on Border Security"), loc("Quito"), loc("Tumbes")},
		want:      []want{{"dialogue", "2025", "Tumbes", "Andean Binational Commission on Border Security", "background"}},
	}, {
		name:      "two mechanisms named: its fits neither alone",
		published: "2026-05-21",
		text:      "Hana Novak and Milan Horvat co-chaired the 9th meeting of the Czech-Slovak Joint Committee on Defence Industry in Prague on Wednesday. On Thursday they co-chaired the 2nd meeting of the Czech-Slovak Border Commission in Brno. Its 8th meeting was held in Bratislava last year.",
		ents:      []ent{person("Hana Novak", "CZ"), person("Milan Horvat", "SK"), org("Czech-Slovak Joint Committee on Defence Industry"), org("Czech-Slovak Border Commission"), loc("Prague"), loc("Brno"), loc("Bratislava")},
		not: []want{
			{"dialogue", "2025", "*", "Czech-Slovak Joint Committee on Defence Industry", ""},
			{"dialogue", "2025", "*", "Czech-Slovak Border Commission", ""},
		},
	}})
}
