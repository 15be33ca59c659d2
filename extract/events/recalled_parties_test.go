package events

import "testing"

// TestRecalledParties covers agreements recalled in the background: the
// states bound by them are their parties, not the persons who speak of
// them today.
func TestRecalledParties(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the speakers are no party of an agreement signed years ago",
		published: "2025-04-10",
		text: "Defence Minister Ana Ruiz of Chile met Peruvian Defence Minister Luis Vega in Lima on April 9.\n" +
			"Ruiz and Vega praised the defence cooperation memorandum that Chile and Peru signed in 2011.",
		ents: []ent{person("Ana Ruiz", "CL", "Ana Ruiz", "Ruiz"), person("Luis Vega", "PE", "Luis Vega", "Vega"), country("CL", "Chile"), country("PE", "Peru", "Peruvian"), loc("Lima")},
		want: []want{{"agreement", "2011", "*", "PE", "background"}},
		not: []want{
			{"agreement", "2011", "*", "Ana Ruiz", ""},
			{"agreement", "2011", "*", "Luis Vega", ""},
		},
	}})
}
