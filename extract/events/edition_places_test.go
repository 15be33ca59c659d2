package events

import "testing"

// TestEditionPlaces covers the place of an earlier edition recalled
// without a trigger of its own: where the sentence says it was held.
func TestEditionPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the previous edition took place in the city named after it",
		published: "2025-06-03",
		text: "Polish and Czech troops opened the joint exercise Steel Bridge 2025 at the Karsk training area on Tuesday.\n\n" +
			"The previous edition took place in Brno, South Moravia, in 2023.",
		ents: []ent{country("PL", "Polish"), country("CZ", "Czech"), loc("Karsk training area"), loc("Brno"), loc("South Moravia")},
		want: []want{{"exercise", "2023", "Brno", "-", "background"}},
	}})
}
