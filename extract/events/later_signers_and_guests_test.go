package events

import "testing"

// TestLaterSignersAndGuests covers the sentence after a signing or a
// ceremony that says who signed for each side ("A signed for Chile, while
// B signed on behalf of his country") or who else was present at the
// ceremony ("Also present at the opening ceremony were C and D"), and
// that persons present at talks stay out of them.
func TestLaterSignersAndGuests(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "signers for each side, one behind an apposition's comma",
		published: "2026-06-03",
		text: "Chile and Peru on Tuesday signed a memorandum of understanding on military education in Santiago.\n\n" +
			"The Under-Secretary for Defence, Marta Vidal, signed for Chile, while General Hugo Ramos signed on behalf of his country.",
		ents: []ent{person("Marta Vidal", "CL"), person("Hugo Ramos", "PE"), country("CL", "Chile"), country("PE", "Peru"), loc("Santiago")},
		want: []want{
			{"agreement", "2026-06-02", "*", "Marta Vidal", ""},
			{"agreement", "2026-06-02", "*", "Hugo Ramos", ""},
		},
	}, {
		name:      "two signers joined by and each sign for a side",
		published: "2026-06-03",
		text: "Chile and Peru on Tuesday signed a defence cooperation agreement in Lima.\n\n" +
			"Deputy Minister Marta Vidal signed for Chile, and State Secretary Hugo Ramos signed for Peru.",
		ents: []ent{person("Marta Vidal", "CL"), person("Hugo Ramos", "PE"), country("CL", "Chile"), country("PE", "Peru"), loc("Lima")},
		want: []want{{"agreement", "2026-06-02", "*", "Hugo Ramos", ""}},
	}, {
		name:      "guests present at the opening ceremony take part in it",
		published: "2026-06-03",
		text: "President Elena Sousa on Tuesday opened the Lisbon Defence Expo at the FIL exhibition centre.\n\n" +
			"Also present at the opening ceremony were Defence Minister Rui Costa and Army Chief General Paulo Mota.",
		ents: []ent{person("Elena Sousa", "PT"), person("Rui Costa", "PT"), person("Paulo Mota", "PT"), loc("FIL exhibition centre")},
		want: []want{
			{"ceremony", "2026-06-02", "*", "Rui Costa", ""},
			{"ceremony", "2026-06-02", "*", "Paulo Mota", ""},
		},
	}, {
		name:      "persons present at talks are no parties of them",
		published: "2026-06-03",
		text: "Defence Minister Rui Costa held talks with his counterpart Hugo Ramos in Lisbon on Tuesday.\n\n" +
			"Also present at the talks were Army Chief General Paulo Mota and Ambassador Ines Lobo.",
		ents: []ent{person("Rui Costa", "PT"), person("Hugo Ramos", "PE"), person("Paulo Mota", "PT"), person("Ines Lobo", "PT"), loc("Lisbon")},
		not:  []want{{"meeting", "*", "*", "Paulo Mota", ""}},
	}})
}
