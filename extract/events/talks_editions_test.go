package events

import "testing"

// TestTalksEditions covers earlier sessions of a dialogue told by their
// place in the series ("the previous session", "the fifth meeting", "the
// 8th talks"), which are background dialogues, and the same words in a
// report on a drill, which make no background exercise.
func TestTalksEditions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the previous session was held in a city in a year",
		published: "2025-11-18",
		text:      "Japan and Indonesia held their third 2-plus-2 dialogue in Tokyo on Monday. The previous session was held in Jakarta in 2021.",
		ents:      []ent{country("JP", "Japan"), country("ID", "Indonesia"), loc("Tokyo"), loc("Jakarta")},
		want:      []want{{"dialogue", "2021", "Jakarta", "-", "background"}},
	}, {
		name:      "the fifth meeting of the committee was held in a month",
		published: "2026-03-12",
		text:      "India and the Philippines held the sixth meeting of their Joint Defence Cooperation Committee in New Delhi on Wednesday. The fifth meeting was held in Manila in September 2024.",
		ents:      []ent{country("IN", "India"), country("PH", "Philippines"), loc("New Delhi"), loc("Manila"), org("Joint Defence Cooperation Committee")},
		want:      []want{{"dialogue", "2024-09", "Manila", "-", "background"}},
	}, {
		name:      "the decisions of the 8th talks, held in a year",
		published: "2026-06-10",
		text:      "Mongolia and Korea held the 9th defence policy talks in Ulaanbaatar on June 9. The two sides reviewed the decisions of the 8th talks, held in Seoul in 2024.",
		ents:      []ent{country("MN", "Mongolia"), country("KR", "Korea"), loc("Ulaanbaatar"), loc("Seoul")},
		want:      []want{{"dialogue", "2024", "Seoul", "-", "background"}},
	}, {
		name:      "a previous planning meeting is no earlier edition of a drill",
		published: "2025-07-15",
		text:      "Exercise Pacific Shield opened in Darwin on Monday. The previous meeting of the planners was held in Perth in 2024.",
		ents:      []ent{loc("Darwin"), loc("Perth")},
		not:       []want{{"exercise", "2024", "*", "-", ""}},
	}})
}
