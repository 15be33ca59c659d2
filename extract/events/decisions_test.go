package events

import "testing"

// TestDecisions covers decisions told in ways other than a decree: a
// legislature approving a pact, a ruling recalled by its year, a
// promotion congratulated.
func TestDecisions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a parliament approving a pact is a decision, not a signing",
		published: "2025-03-06",
		text: "MPs approve Ghana-Togo defence pact\n\n" +
			"ACCRA – Parliament on Wednesday approved the Defence Cooperation Agreement between Ghana and Togo.",
		ents: []ent{org("Parliament"), country("GH", "Ghana"), country("TG", "Togo")},
		want: []want{{"decision", "2025-03-05", "*", "-", "main"}},
		not:  []want{{"agreement", "*", "*", "-", "main"}},
	}, {
		name:      "a ruling recalled by its year",
		published: "2025-03-06",
		text:      "Both ministers said disputes must be resolved in line with international law, including the 2016 arbitral award.",
		want:      []want{{"decision", "2016", "*", "-", "background"}},
	}, {
		name:      "a recent promotion congratulated",
		published: "2025-03-06",
		text:      "Ana Ruiz congratulated Ken Mori on his recent promotion to the rank of general.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "JP")},
		want:      []want{{"decision", "*", "*", "Ken Mori", "background"}},
	}, {
		name:      "troops sent to the border in a month do not date the meeting",
		published: "2025-04-29",
		text: "Ana Ruiz received General Ken Mori in Lima on April 28.\n" +
			"During the meeting, they reviewed the work of the 5,000 troops sent to the northern border in February.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "US"), loc("Lima")},
		not:  []want{{"meeting", "2025-02", "*", "-", ""}},
	}})
}
