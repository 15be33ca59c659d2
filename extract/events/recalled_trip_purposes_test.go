package events

import "testing"

// TestRecalledTripPurposes covers what a recalled trip was made for: the
// parade a minister "visited Moscow in May 2025 to attend" is of May 2025,
// recalled like the trip and held where the trip went, while a departure
// told as news lends no date to what the troops go to.
func TestRecalledTripPurposes(t *testing.T) {
	lead := "General Ivan Petrov held talks with General Somsak Vong of Laos in Moscow on Wednesday. "
	ents := []ent{person("Ivan Petrov", "RU"), person("Somsak Vong", "LA"), person("Bounmy Keo", "LA"), loc("Moscow"), loc("Minsk"), loc("Red Square")}
	runClassCases(t, []classCase{{
		name:      "a recalled trip dates its purpose",
		published: "2026-08-26",
		text:      lead + "Lao Defence Minister Bounmy Keo visited Moscow in May 2025 to attend the Victory Day parade on Red Square.",
		ents:      ents,
		want:      []want{{"ceremony", "2025-05", "Red Square", "Bounmy Keo", "background"}},
		not:       []want{{"ceremony", "2026-08-26", "*", "-", ""}},
	}, {
		name:      "and places it where the trip went",
		published: "2026-08-26",
		text:      lead + "Bounmy Keo travelled to Minsk in July 2024 to attend the Independence Day parade.",
		ents:      ents,
		want:      []want{{"ceremony", "2024-07", "Minsk", "Bounmy Keo", "background"}},
	}})
}
