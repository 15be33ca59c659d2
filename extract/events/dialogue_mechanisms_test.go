package events

import "testing"

// TestDialogueMechanisms covers the standing body a dialogue's trigger
// names: it is a participant of its own meeting, beside the co-chairs.
func TestDialogueMechanisms(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the committee of a numbered meeting takes part",
		published: "2025-04-10",
		text:      "Ana Ruiz and Luis Vega co-chaired the 9th meeting of the Chile-Peru Joint Defence Committee in Lima on April 9.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), org("Chile-Peru Joint Defence Committee"), loc("Lima")},
		want: []want{
			{"dialogue", "2025-04-09", "*", "Chile-Peru Joint Defence Committee", ""},
			{"dialogue", "2025-04-09", "*", "Ana Ruiz", ""},
		},
	}, {
		name:      "a body named after the meeting's place is not its mechanism",
		published: "2025-04-10",
		text:      "Ana Ruiz and Luis Vega co-chaired the 9th defence policy dialogue in Lima on April 9, hosted by the Peruvian Army.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), org("Peruvian Army"), loc("Lima")},
		not:       []want{{"dialogue", "*", "*", "Peruvian Army", ""}},
	}, {
		name:      "the numbered edition named right after the verb is the mechanism",
		published: "2025-04-10",
		text:      "Ana Ruiz and Luis Vega co-chaired the 9th Chile-Peru Defence Policy Dialogue in Lima on April 9.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), org("Chile-Peru Defence Policy Dialogue"), loc("Lima")},
		want: []want{
			{"dialogue", "2025-04-09", "*", "Chile-Peru Defence Policy Dialogue", ""},
			{"dialogue", "2025-04-09", "*", "Ana Ruiz", ""},
		},
	}, {
		name:      "an ordinal in words and a committee's meeting with its acronym",
		published: "2025-06-20",
		text:      "Deputy Secretary Mia Tan and Brigadier General Kofi Mensah co-chaired the fifth Ghana-Singapore Joint Defence Cooperation Committee (JDCC) meeting via video link on June 18.",
		ents:      []ent{person("Mia Tan", "SG"), person("Kofi Mensah", "GH"), org("Ghana-Singapore Joint Defence Cooperation Committee")},
		want:      []want{{"dialogue", "2025-06-18", "*", "Ghana-Singapore Joint Defence Cooperation Committee", ""}},
	}, {
		name:      "a host named after an ordinal and other words is no mechanism",
		published: "2025-04-10",
		text:      "Ana Ruiz and Luis Vega co-chaired the 9th round of talks on April 9, hosted by the Peruvian Army in Lima.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), org("Peruvian Army"), loc("Lima")},
		not:       []want{{"dialogue", "*", "*", "Peruvian Army", ""}},
	}})
}
