package events

import "testing"

// TestDelegationHeads covers "the delegation" received by a host: its head
// is the person who led it, as told before.
func TestDelegationHeads(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the delegation received is its leader's",
		published: "2025-04-10",
		text: "A delegation of the Peruvian Army led by its commander, General Luis Vega, is visiting Chile from April 8 to 11.\n" +
			"Receiving the delegation in Santiago on April 9, Defence Minister Ana Ruiz praised the ties between the two armies.",
		ents: []ent{person("Luis Vega", "PE"), person("Ana Ruiz", "CL"), orgOf("Peruvian Army", "PE"), country("CL", "Chile"), loc("Santiago")},
		want: []want{
			{"meeting", "2025-04-09", "*", "Luis Vega", ""},
			{"meeting", "2025-04-09", "*", "Ana Ruiz", ""},
		},
	}})
}
