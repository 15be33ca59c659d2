package events

import "testing"

// TestSigningPlaces covers signedAtTalks: a signing told after the talks
// with no date of its own happens where the talks are; one its sentence
// ties to another event first, or one dated apart, does not.
func TestSigningPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "documents signed after the talks take the place of the talks",
		published: "2025-06-12",
		text: "OSTRAVA, June 12 - Defence Minister Ivo Marek held talks with his Polish counterpart Jan Wrona in Ostrava on Thursday.\n\n" +
			"The two ministers then signed a memorandum of understanding on military education.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("OSTRAVA"), loc("Ostrava")},
		want: []want{{"agreement", "*", "Ostrava", "-", ""}},
	}, {
		name:      "a signing that crowns another event is that event's, not the talks'",
		published: "2025-06-12",
		text: "OSTRAVA, June 12 - Defence Minister Ivo Marek held talks with his Polish counterpart Jan Wrona in Ostrava on Thursday.\n\n" +
			"Marek praised the outcomes of the fifth defence policy dialogue, which culminated in the signing of important documents.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("OSTRAVA"), loc("Ostrava")},
		not:  []want{{"agreement", "*", "Ostrava", "-", ""}},
	}, {
		name:      "a pact signed in a year of its own is recalled, not signed at the talks",
		published: "2025-06-12",
		text: "OSTRAVA, June 12 - Defence Minister Ivo Marek held talks with his Polish counterpart Jan Wrona in Ostrava on Thursday.\n\n" +
			"The two countries signed a defence cooperation agreement in 2016.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("OSTRAVA"), loc("Ostrava")},
		not:  []want{{"agreement", "*", "Ostrava", "-", ""}},
	}})
}
