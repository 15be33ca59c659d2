package events

import "testing"

// TestPositionsOfBothStates covers positions stated with the two states
// as subject ("The parties agreed that ..."): both states take part,
// while "the two ministers agreed" stays the ministers'.
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
	}})
}
