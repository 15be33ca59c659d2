package events

import "testing"

// TestMechanismAnaphors covers editions of a standing mechanism told with
// a common noun once the mechanism is named ("the 8th meeting of the
// committee", "the next meeting of the working group"): the named body
// takes part, unless the article names two bodies that the noun fits.
func TestMechanismAnaphors(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an earlier edition told as the meeting of the committee",
		published: "2025-04-10",
		text:      "Ana Ruiz and Luis Vega co-chaired the 9th meeting of the Chile-Peru Joint Defence Committee in Lima on April 9. The 8th meeting of the committee was held in Arequipa in 2024.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), org("Chile-Peru Joint Defence Committee"), loc("Lima"), loc("Arequipa")},
		want:      []want{{"dialogue", "2024", "*", "Chile-Peru Joint Defence Committee", ""}},
	}, {
		name:      "the next meeting of a working group named by its head noun",
		published: "2025-04-10",
		text:      "Ana Ruiz and Luis Vega co-chaired the 3rd meeting of the Brazil-Chile Bilateral Defence Working Group in Brasilia on April 9. They agreed to hold the next meeting of the working group in Santiago in 2026.",
		ents:      []ent{person("Ana Ruiz", "BR"), person("Luis Vega", "CL"), org("Brazil-Chile Bilateral Defence Working Group"), loc("Brasilia"), loc("Santiago")},
		want:      []want{{"dialogue", "2026", "*", "Brazil-Chile Bilateral Defence Working Group", ""}},
	}, {
		name:      "two committees meet: the noun fits neither alone",
		published: "2025-04-10",
		text:      "Ana Ruiz and Luis Vega co-chaired the 9th meeting of the Chile-Peru Joint Defence Committee in Lima on April 9. Ruiz and Vega also co-chaired the 4th meeting of the Chile-Peru Border Committee in Tacna on April 10. The 8th meeting of the committee was held in Arequipa in 2024.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), org("Chile-Peru Joint Defence Committee"), org("Chile-Peru Border Committee"), loc("Lima"), loc("Tacna"), loc("Arequipa")},
		not: []want{
			{"dialogue", "2024", "*", "Chile-Peru Joint Defence Committee", ""},
			{"dialogue", "2024", "*", "Chile-Peru Border Committee", ""},
		},
	}})
}
