package events

import "testing"

// TestListedRegions covers a deployment told with world regions listed
// together ("troops to UN missions in Africa and the Middle East"): where
// a force has served over the years, no one destination, so no place; a
// region of no country named alone as the destination stays the place.
func TestListedRegions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "since a year, troops sent to missions in two regions",
		published: "2027-01-20",
		text:      "Since 2005, Nepal has sent more than 8,000 troops to UN missions in Africa and the Middle East.",
		ents:      []ent{country("NP", "Nepal"), loc("Africa"), loc("Middle East")},
		want:      []want{{"deployment", "2005", "", "NP", ""}},
	}, {
		name:      "three regions listed with commas",
		published: "2027-01-20",
		text:      "Since 2005, its soldiers have served in missions in Africa, Asia and the Middle East.",
		ents:      []ent{loc("Africa"), loc("Asia"), loc("Middle East")},
		not:       []want{{"deployment", "*", "Africa", "*", ""}, {"deployment", "*", "Asia", "*", ""}},
	}, {
		name:      "a region of no country named alone as where the troops go",
		published: "2027-01-20",
		text:      "The Nepalese engineers left Kathmandu on Monday for Abyei to serve with UNISFA.",
		ents:      []ent{country("NP", "Nepalese"), loc("Kathmandu"), loc("Abyei"), org("UNISFA")},
		want:      []want{{"deployment", "2027-01-18", "Abyei", "NP", ""}},
	}})
}
