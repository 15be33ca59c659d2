package events

import "testing"

// TestCeremonyUnits covers the unit a send-off or homecoming honours when
// its sentence speaks of "the contingent" or "the troops" without naming
// it: the unit of the story.
func TestCeremonyUnits(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a send-off of the contingent honours the unit the lead names",
		published: "2025-03-04",
		text: "The Peruvian Engineer Company 5 leaves for the Central African Republic.\n" +
			"General Luis Vega presided over the send-off ceremony for the contingent at the Lima air base on March 3.",
		ents: []ent{orgOf("Peruvian Engineer Company 5", "PE"), person("Luis Vega", "PE"), country("CF", "Central African Republic"), loc("Lima")},
		want: []want{
			{"ceremony", "2025-03-03", "*", "Peruvian Engineer Company 5", ""},
			{"ceremony", "2025-03-03", "*", "Luis Vega", ""},
		},
	}, {
		name:      "a ceremony that speaks of no unit takes none",
		published: "2025-03-04",
		text: "The Peruvian Engineer Company 5 leaves for the Central African Republic.\n" +
			"General Luis Vega laid a wreath at the national monument in Lima on March 3.",
		ents: []ent{orgOf("Peruvian Engineer Company 5", "PE"), person("Luis Vega", "PE"), country("CF", "Central African Republic"), loc("Lima")},
		not:  []want{{"ceremony", "*", "*", "Peruvian Engineer Company 5", ""}},
	}})
}
