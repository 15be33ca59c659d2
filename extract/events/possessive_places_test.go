package events

import "testing"

// TestPossessivePlaces covers a place named through its country's
// possessive: "in Thailand's Lop Buri province", and the same written with
// a bare apostrophe after a name ending in "s" ("in Laos' Vientiane
// Province", "in the Philippines' Palawan province"). The place is the
// province, not the country that owns it.
func TestPossessivePlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a bare apostrophe after a state ending in s introduces its province",
		published: "2026-08-27",
		text:      "The two armies will hold a joint exercise in Laos' Vientiane Province in December.",
		ents:      []ent{country("LA", "Laos"), loc("Vientiane Province")},
		want:      []want{{"exercise", "2026-12", "Vientiane Province", "-", ""}},
		not:       []want{{"exercise", "*", "LA", "-", ""}},
	}, {
		name:      "a bare apostrophe after 'the Philippines' introduces its province",
		published: "2026-08-27",
		text:      "The previous edition of the exercise was held in the Philippines' Palawan province in 2024.",
		ents:      []ent{country("PH", "Philippines"), loc("Palawan province")},
		want:      []want{{"exercise", "2024", "Palawan province", "-", ""}},
	}, {
		name:      "the possessive 's before a province keeps the province",
		published: "2026-08-27",
		text:      "The previous edition of the exercise was held in Thailand's Lop Buri province in 2024.",
		ents:      []ent{country("TH", "Thailand"), loc("Lop Buri province")},
		want:      []want{{"exercise", "2024", "Lop Buri province", "-", ""}},
	}, {
		name:      "a closing quote after a name is no possessive",
		published: "2026-08-27",
		text:      "The two armies held the joint exercise 'Golden Lotus' in Kampot on Monday.",
		ents:      []ent{loc("Kampot")},
		want:      []want{{"exercise", "2026-08-24", "Kampot", "-", ""}},
	}})
}
