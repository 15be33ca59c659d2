package events

import "testing"

// TestClauseSpeakers covers two speakers in one sentence, each with a
// clause of his own: a position stated in one clause is that speaker's.
func TestClauseSpeakers(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a position after 'while' is the second speaker's alone",
		published: "2025-04-10",
		text:      "Luis Vega praised the new training centre, while Ana Ruiz said all disputes must be resolved peacefully under international law.",
		ents:      []ent{person("Luis Vega", "PE"), person("Ana Ruiz", "CL")},
		want:      []want{{"statement", "*", "*", "Ana Ruiz", ""}},
		not:       []want{{"statement", "*", "*", "Luis Vega", ""}},
	}})
}
