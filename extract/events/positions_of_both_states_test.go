package events

import "testing"

// TestPositionsOfBothStates covers positions stated with the two states
// as subject ("The parties agreed that ...", "They" after it): both
// states take part, while "the two ministers agreed" and "both sides
// agreed" after talks are the persons of the talks, and "both sides" with
// no talks told are the two states.
func TestPositionsOfBothStates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the parties' position is both states'",
		published: "2025-06-19",
		text: "Peruvian Defence Minister Ana Ruiz held talks with Chilean Defence Minister Luis Vega in Lima on June 18.\n" +
			"The parties agreed that disputes at sea must be settled by peaceful means.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "CL"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Lima")},
		want: []want{
			{"statement", "*", "*", "PE", ""},
			{"statement", "*", "*", "CL", ""},
		},
	}, {
		name:      "the two ministers' position stays theirs",
		published: "2025-06-19",
		text: "Peruvian Defence Minister Ana Ruiz held talks with Chilean Defence Minister Luis Vega in Lima on June 18.\n" +
			"The two ministers agreed that disputes at sea must be settled by peaceful means.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "CL"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Lima")},
		want: []want{{"statement", "*", "*", "Luis Vega", ""}},
		not:  []want{{"statement", "*", "*", "CL", ""}},
	}, {
		name:      "the parties' position is not the persons' of the talks",
		published: "2025-06-19",
		text: "Peruvian Defence Minister Ana Ruiz held talks with Chilean Defence Minister Luis Vega in Lima on June 18.\n" +
			"The parties agreed that disputes at sea must be settled by peaceful means.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "CL"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Lima")},
		want: []want{{"statement", "*", "*", "PE", ""}},
		not:  []want{{"statement", "*", "*", "Luis Vega", ""}},
	}, {
		name:      "they after the parties are the two states",
		published: "2025-06-19",
		text: "Peruvian Defence Minister Ana Ruiz held talks with Chilean Defence Minister Luis Vega in Lima on June 18.\n" +
			"The parties discussed training and search and rescue. They agreed that disputes at sea must be settled by peaceful means.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "CL"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Lima")},
		want: []want{{"statement", "*", "*", "CL", ""}},
		not:  []want{{"statement", "*", "*", "Ana Ruiz", ""}},
	}, {
		name:      "both sides after talks are the persons of the talks",
		published: "2025-06-19",
		text: "Peruvian Defence Minister Ana Ruiz held talks with Chilean Defence Minister Luis Vega in Lima on June 18.\n" +
			"Both sides agreed that disputes at sea must be settled by peaceful means.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "CL"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Lima")},
		want: []want{{"statement", "*", "*", "Ana Ruiz", ""}, {"statement", "*", "*", "Luis Vega", ""}},
		not:  []want{{"statement", "*", "*", "CL", ""}},
	}, {
		name:      "both sides with no talks told are the two states",
		published: "2025-06-19",
		text: "Peruvian and Chilean marines began a joint exercise near Arica on June 18.\n" +
			"\"Both sides agreed that disputes at sea must be settled by peaceful means,\" a navy spokeswoman said.",
		ents: []ent{country("PE", "Peruvian"), country("CL", "Chilean"), loc("Arica")},
		want: []want{{"statement", "*", "*", "PE", ""}, {"statement", "*", "*", "CL", ""}},
	}})
}
