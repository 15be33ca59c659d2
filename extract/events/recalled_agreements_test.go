package events

import "testing"

// TestRecalledAgreements covers agreements told after their object or in
// the passive ("the memorandum signed by the two ministries", "the pact
// was signed in Lima in May 2019"), entries into force, agreements named
// by their year ("the 1999 protocol"), and a signing and an entry into
// force told in one sentence.
func TestRecalledAgreements(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a memorandum signed, told after its noun",
		published: "2025-06-24",
		text:      "Peru first sent observers to the mission in 2016, under a memorandum signed by the two defence ministries the same year.",
		ents:      []ent{country("PE", "Peru")},
		want:      []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "a pact signed in the passive with its own date is recalled",
		published: "2025-06-24",
		text: "Ministers discuss pact by phone\n\n" +
			"The pact was signed by the two countries' ministers in Lima in May 2019.",
		ents: []ent{loc("Lima")},
		want: []want{{"agreement", "2019-05", "*", "-", "background"}},
	}, {
		name:      "an agreement entering into force",
		published: "2025-09-20",
		text:      "The two ministers discussed the Status of Forces Agreement, which entered into force on September 11.",
		want:      []want{{"agreement", "2025-09-11", "*", "-", ""}},
	}, {
		name:      "an agreement that takes effect only after ratification is no event",
		published: "2025-09-20",
		text:      "The accord must be ratified by the Senate before it takes effect.",
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "an agreement named by its year",
		published: "2025-09-20",
		text:      "Gen Bo Lin said both nations must settle disputes in line with the 1999 memorandum of understanding on the border.",
		ents:      []ent{person("Bo Lin", "MM")},
		want:      []want{{"agreement", "1999", "*", "-", "background"}},
	}, {
		name:      "a signing and an entry into force in one sentence are two events",
		published: "2025-06-24",
		text:      "It was the first such meeting since the pact, signed in Suva in March 2021, entered into force in May 2023.",
		ents:      []ent{loc("Suva")},
		want: []want{
			{"agreement", "2021-03", "*", "-", "background"},
			{"agreement", "2023-05", "*", "-", "background"},
		},
	}, {
		name:      "the agreement was signed after talks: the signing told before",
		published: "2025-07-10",
		text: "Fiji and Tonga signed a defence cooperation agreement in Suva on Wednesday.\n" +
			"The agreement was signed by Ana Vaka and Sione Tui after talks.",
		ents:  []ent{person("Ana Vaka", "FJ"), person("Sione Tui", "TO"), loc("Suva"), country("FJ", "Fiji"), country("TO", "Tonga")},
		want:  []want{{"agreement", "2025-07-09", "Suva", "Sione Tui", "main"}},
		count: 1,
	}})
}
