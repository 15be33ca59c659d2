package events

import "testing"

// TestTalksVenues covers talks whose venue stands between the word
// "talks" and the counterpart ("talks in Astana with his counterpart").
func TestTalksVenues(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the visit began with talks in a city with the counterpart",
		published: "2025-08-08",
		text:      "The visit began on Thursday with talks in Astana with his Kazakh counterpart, General Marat Kusainov.",
		ents:      []ent{person("Marat Kusainov", "KZ"), loc("Astana")},
		want:      []want{{"meeting", "2025-08-07", "Astana", "Marat Kusainov", ""}},
	}, {
		name:      "talks at the ministry with a named general",
		published: "2025-02-12",
		text:      "Admiral Ana Ruiz held a day of talks at the ministry with General Tomas Berg on Tuesday.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Tomas Berg", "SE")},
		want:      []want{{"meeting", "2025-02-11", "*", "Tomas Berg", ""}},
	}, {
		name:      "talks in a city with no person named after them are none here",
		published: "2025-02-12",
		text:      "Progress in talks in Geneva with the rebels has stalled.",
		ents:      []ent{loc("Geneva")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}})
}
