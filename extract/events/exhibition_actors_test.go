package events

import "testing"

// TestExhibitionActors covers the actors of an exhibition: the expo named
// as a body and its states, and who tours it; not the persons invited to
// it.
func TestExhibitionActors(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the guest invited to an expo is no actor of the expo",
		published: "2025-04-10",
		text:      "Ana Ruiz invited Luis Vega to attend the Santiago Air Show exhibition in Chile next April.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), org("Santiago Air Show"), country("CL", "Chile")},
		want: []want{
			{"exhibition", "*", "*", "Santiago Air Show", ""},
			{"invitation", "*", "*", "Luis Vega", ""},
		},
		not: []want{
			{"exhibition", "*", "*", "Luis Vega", ""},
			{"exhibition", "*", "*", "Ana Ruiz", ""},
		},
	}, {
		name:      "who shows a guest an exhibition, and the guest, tour it",
		published: "2025-04-10",
		text:      "Ana Ruiz showed Luis Vega an arms exhibition in Santiago on April 9.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), loc("Santiago")},
		want: []want{
			{"exhibition", "2025-04-09", "*", "Ana Ruiz", ""},
			{"exhibition", "2025-04-09", "*", "Luis Vega", ""},
		},
	}})
}
