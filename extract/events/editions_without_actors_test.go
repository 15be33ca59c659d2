package events

import "testing"

// TestEditionsWithoutActors covers an exercise whose sentence names no
// actor, in an article on two states: an edition of their series, held
// by both, unless the article speaks of an occasion of many states.
func TestEditionsWithoutActors(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an edition of the two states' series",
		published: "2025-10-18",
		text: "Peruvian Navy Commander Admiral Luis Vega welcomed Chilean Navy Commander Admiral Ana Ruiz in Callao on October 17.\n" +
			"The first Pacific Shield exercise was held in 2009.",
		ents: []ent{person("Luis Vega", "PE"), person("Ana Ruiz", "CL"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Callao")},
		want: []want{
			{"exercise", "2009", "*", "PE", ""},
			{"exercise", "2009", "*", "CL", ""},
		},
	}, {
		name:      "an edition of an occasion of many states keeps the home state",
		published: "2025-10-18",
		text: "Peruvian Navy Commander Admiral Luis Vega welcomed Chilean Navy Commander Admiral Ana Ruiz in Callao on October 17.\n" +
			"The first multinational Pacific Shield exercise was held in 2009.",
		ents: []ent{person("Luis Vega", "PE"), person("Ana Ruiz", "CL"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Callao")},
		not:  []want{{"exercise", "2009", "*", "CL", ""}},
	}})
}
