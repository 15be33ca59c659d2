package events

import "testing"

// TestDelegationBodies covers the body a visiting delegation comes from:
// named with it ("a delegation of the Chilean Navy", "a Chilean Navy
// delegation") or, for "the delegation", told earlier in the article.
func TestDelegationBodies(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the body named with the delegation visits",
		published: "2025-06-25",
		text:      "Admiral Luis Vega is in Peru from June 23 to 26 at the head of a delegation of the Chilean Navy.",
		ents:      []ent{person("Luis Vega", "CL"), org("Chilean Navy"), country("PE", "Peru")},
		want:      []want{{"visit", "*", "*", "Chilean Navy", ""}},
	}, {
		name:      "the body of the delegation told before visits",
		published: "2025-06-25",
		text: "Peruvian Navy Commander Admiral Ana Ruiz received a delegation of the Chilean Navy led by Admiral Luis Vega in Lima on June 24.\n" +
			"The delegation, headed by Vega, is on a four-day visit to Peru.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "CL", "Vega"), org("Chilean Navy"), country("PE", "Peru", "Peruvian"), loc("Lima")},
		want: []want{{"visit", "*", "*", "Chilean Navy", ""}},
	}})
}
