package events

import "testing"

// TestRecalledPlaces covers an event recalled with a date of its own
// inside a sentence told at the story's occasion ("During the courtesy
// call, ..., which signed a memorandum in 1992"): it keeps only the place
// its own clause names, never the occasion's.
func TestRecalledPlaces(t *testing.T) {
	lead := "BANDAR SERI BEGAWAN - Minister Ali Rahman received General Musa Hamid at the Ministry of Defence in Bolkiah Garrison yesterday.\n\n"
	ents := []ent{loc("BANDAR SERI BEGAWAN"), person("Ali Rahman", "BN"), person("Musa Hamid", "MY"), org("Ministry of Defence"), loc("Bolkiah Garrison"), country("BN", "Brunei"), country("MY", "Malaysia"), loc("Bintan")}
	runClassCases(t, []classCase{{
		name:      "a pact recalled in a which-clause of the call's sentence",
		published: "2026-02-17",
		text:      lead + "During the courtesy call, both sides reaffirmed the close ties between the two countries, which signed a memorandum of understanding on defence cooperation in 1992.",
		ents:      ents,
		not:       []want{{"agreement", "1992", "Bolkiah Garrison", "-", ""}},
	}, {
		name:      "a pact reviewed during talks, signed years before",
		published: "2026-02-17",
		text:      lead + "During their talks, the two sides reviewed the implementation of the memorandum on defence cooperation signed in 2019.",
		ents:      ents,
		not:       []want{{"agreement", "2019", "Bolkiah Garrison", "-", ""}},
	}, {
		name:      "a pact recalled with its own place keeps it",
		published: "2026-02-17",
		text:      lead + "During the courtesy call, the two sides recalled the memorandum on maritime security signed in Bintan in 2022.",
		ents:      ents,
		want:      []want{{"agreement", "2022", "Bintan", "-", ""}},
	}})
}
