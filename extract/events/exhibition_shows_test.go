package events

import "testing"

// TestExhibitionShows covers the show an exhibition is: the organisation
// named for it takes part in its event, an earlier edition told without
// the name is of the same show, and a second show held in another month
// is an event of its own, not a retelling of the first.
func TestExhibitionShows(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the show named before the trigger, its acronym in brackets",
		published: "2025-11-05",
		text:      "Vice President Ana Ruiz on Wednesday opened the 9th Andes Defence and Security (ADS) exhibition in Lima. The previous edition, held in 2023, drew 200 exhibitors.",
		ents:      []ent{person("Ana Ruiz", "PE"), org("Andes Defence and Security", "Andes Defence and Security", "ADS"), loc("Lima")},
		want: []want{
			{"exhibition", "2025-11-05", "*", "Andes Defence and Security", "main"},
			{"exhibition", "2023", "*", "Andes Defence and Security", ""},
		},
	}, {
		name:      "a second show in another month is another event",
		published: "2026-01-20",
		text:      "Defence Minister Omar Said on Tuesday toured the Gulf Naval Expo in Doha, which opened that day. Kuwait will host the Arabian Land Forces exhibition in April.",
		ents:      []ent{person("Omar Said", "KW"), org("Gulf Naval Expo"), org("Arabian Land Forces"), loc("Doha"), country("KW", "Kuwait")},
		want: []want{
			{"exhibition", "2026-01-20", "*", "Gulf Naval Expo", ""},
			{"exhibition", "2026-04", "*", "Arabian Land Forces", ""},
		},
	}})
}
