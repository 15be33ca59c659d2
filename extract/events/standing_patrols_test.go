package events

import "testing"

// TestStandingPatrols covers joint patrols and drills kept up since a
// year: an earlier exercise dated by its start, told in the past tense.
// Drills agreed for the future and a unit's own patrols are no exercise.
func TestStandingPatrols(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "trilateral patrols conducted since a year",
		published: "2025-09-16",
		text:      "The three countries have conducted trilateral patrols in the Celebes Sea since 2017.",
		ents:      []ent{loc("Celebes Sea")},
		want:      []want{{"exercise", "2017", "*", "-", "background"}},
	}, {
		name:      "joint sea patrols carried out since a year",
		published: "2025-03-06",
		text:      "Under the arrangement, the two navies have carried out joint sea patrols since 2019.",
		want:      []want{{"exercise", "2019", "*", "-", "background"}},
	}, {
		name:      "drills agreed for later are no earlier exercise",
		published: "2025-03-06",
		text:      "Both sides reviewed the progress made since the 2022 memorandum and agreed to hold more bilateral exercises.",
		not:       []want{{"exercise", "*", "*", "-", "background"}},
	}, {
		name:      "a battalion's own patrols are no exercise",
		published: "2025-04-02",
		text:      "The battalion, stationed in the sector since April last year, carried out more than 900 patrols.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}})
}

// TestServedSince covers a unit that "has served" in its mission area
// since a date: the start of a deployment still going on, also when the
// date is a month of last year ("since last June").
func TestServedSince(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a company that has served in a town since a month",
		published: "2025-11-02",
		text:      "It will replace the Ghanaian engineering company that has served in Tyre since May last year.",
		ents:      []ent{country("GH", "Ghanaian"), loc("Tyre")},
		want:      []want{{"deployment", "2024-05", "Tyre", "-", "background"}},
	}, {
		name:      "since last June",
		published: "2025-05-20",
		text:      "The troops will relieve a unit that has served in Lebanon since last June.",
		ents:      []ent{country("LB", "Lebanon")},
		want:      []want{{"deployment", "2024-06", "*", "-", "background"}},
	}})
}

// TestMostRecently covers a series told since a decade with its latest
// occurrence: "have taken part in the exercise since the 1990s, most
// recently in 2024" dates the exercise of 2024.
func TestMostRecently(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "most recently in a year, after a since",
		published: "",
		text:      "The two navies have taken part together in the Pacific Reach exercise off Guam since the 2000s, most recently in 2023.",
		ents:      []ent{loc("Guam")},
		want:      []want{{"exercise", "2023", "*", "-", ""}},
	}, {
		name:      "a span since a year stays undated by a later year",
		published: "",
		text:      "The two navies have taken part together in the Pacific Reach exercise off Guam since 2005, and in 2023 they added a submarine.",
		ents:      []ent{loc("Guam")},
		not:       []want{{"exercise", "2023", "*", "-", ""}},
	}})
}
