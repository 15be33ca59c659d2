package events

import "testing"

// TestGroupSigners covers signings by "the two ministers" or "both
// commanders": the persons of the talks sign, for their two states.
func TestGroupSigners(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the two ministers sign for their states",
		published: "2025-06-25",
		text: "Peruvian Defence Minister Ana Ruiz held talks with Chilean Defence Minister Luis Vega in Lima on June 24.\n" +
			"After the talks, the two ministers signed a memorandum of understanding on military education.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "CL"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Lima")},
		want: []want{
			{"agreement", "*", "*", "Ana Ruiz", ""},
			{"agreement", "*", "*", "Luis Vega", ""},
			{"agreement", "*", "*", "PE", ""},
			{"agreement", "*", "*", "CL", ""},
		},
	}, {
		name:      "both commanders sign for their states",
		published: "2025-06-25",
		text: "Peruvian Army Commander General Ana Ruiz met Chilean Army Commander General Luis Vega in Tumbes on June 24.\n" +
			"At the end of the session, both commanders signed the minutes of the meeting.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "CL"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Tumbes")},
		want: []want{
			{"agreement", "*", "*", "PE", ""},
			{"agreement", "*", "*", "CL", ""},
		},
	}})
}
