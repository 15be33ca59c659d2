package events

import "testing"

// TestExercisePlaces covers where exercises and their earlier editions are
// held: an edition recalled without a trigger of its own where its
// sentence says, an exercise "near" a city at that city.
func TestExercisePlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the previous edition took place in the city named after it",
		published: "2025-06-03",
		text: "Polish and Czech troops began the joint exercise Steel Bridge 2025 at the Karsk training area on Tuesday.\n\n" +
			"The previous edition took place in Brno, South Moravia, in 2023.",
		ents: []ent{country("PL", "Polish"), country("CZ", "Czech"), loc("Karsk training area"), loc("Brno"), loc("South Moravia")},
		want: []want{{"exercise", "2023", "Brno", "-", "background"}},
	}, {
		name:      "an exercise opened near a city is placed at the city",
		published: "2025-11-12",
		text:      "Polish and Czech troops began the joint exercise Steel Bridge 2025 near Ostrava on Tuesday.",
		ents:      []ent{country("PL", "Polish"), country("CZ", "Czech"), loc("Ostrava")},
		want:      []want{{"exercise", "*", "Ostrava", "-", "main"}},
	}})
}
