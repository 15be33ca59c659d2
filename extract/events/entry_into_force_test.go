package events

import "testing"

// TestEntryIntoForce covers an agreement entering into force: on a stated
// day it is an agreement event; on a condition ("would take effect once
// both governments notify each other") it has not happened yet.
func TestEntryIntoForce(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a pact taking effect on a condition",
		published: "2025-11-04",
		text:      "Minister Rina Putri said the defence agreement would take effect once both governments had notified each other.",
		ents:      []ent{person("Rina Putri", "ID")},
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "a pact that entered into force in a month",
		published: "2025-11-04",
		text:      "The defence agreement between Chile and Peru entered into force in August 2023.",
		ents:      []ent{country("CL", "Chile"), country("PE", "Peru")},
		want:      []want{{"agreement", "2023-08", "*", "-", ""}},
	}})
}
