package events

import "testing"

// TestWitnessesAndPrincipals covers persons who stand aside while another
// acts: the witnesses of a signing ("in the presence of") and the
// principal an official stands in for ("on behalf of").
func TestWitnessesAndPrincipals(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the witnesses of a signing are not its parties",
		published: "2025-05-08",
		text: "The memorandum was signed in Lima on May 7 by Colonel Pedro Soto and Colonel Ivan Kral, " +
			"in the presence of Defence Minister Ana Ruiz and Slovakia's Defence Minister Jan Hlina.",
		ents: []ent{person("Pedro Soto", "PE"), person("Ivan Kral", "SK"), person("Ana Ruiz", "PE"), person("Jan Hlina", "SK"), loc("Lima")},
		want: []want{{"agreement", "2025-05-07", "*", "Pedro Soto", ""}},
		not: []want{
			{"agreement", "*", "*", "Ana Ruiz", ""},
			{"agreement", "*", "*", "Jan Hlina", ""},
		},
	}, {
		name:      "the principal an official stands in for takes no part",
		published: "2025-05-08",
		text: "Army Chief General Luis Vega presided over the send-off ceremony at Callao on May 7, " +
			"on behalf of the Minister of Defence and Commander of the Armed Forces, General Ana Ruiz.",
		ents: []ent{person("Luis Vega", "PE"), person("Ana Ruiz", "PE"), loc("Callao")},
		want: []want{{"ceremony", "2025-05-07", "*", "Luis Vega", ""}},
		not:  []want{{"ceremony", "*", "*", "Ana Ruiz", ""}},
	}, {
		name:      "the guests present at a ceremony attend it and take part",
		published: "2025-05-08",
		text:      "General Luis Vega presided over the closing ceremony at Callao on May 7 in the presence of Ambassador Maria Lind.",
		ents:      []ent{person("Luis Vega", "PE"), person("Maria Lind", "SE"), loc("Callao")},
		want:      []want{{"ceremony", "2025-05-07", "*", "Maria Lind", ""}},
	}})
}
