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

// TestChamberDecisionPlaces covers a decision told in the lead: one a
// chamber votes where it sits is placed in the dateline's city, as talks
// are; a decree signed by a person is adopted, not held anywhere.
func TestChamberDecisionPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an assembly approves a pact",
		published: "2026-03-05",
		text:      "Assembly approves defence pact with Norway\n\nACCRA, Ghana - The National Assembly on Wednesday approved the Defence Cooperation Agreement between Ghana and Norway.",
		ents:      []ent{loc("ACCRA"), org("National Assembly"), country("GH", "Ghana"), country("NO", "Norway")},
		want:      []want{{"decision", "*", "ACCRA", "National Assembly", ""}},
	}, {
		name:      "a house ratifies an agreement",
		published: "2026-06-10",
		text:      "House ratifies defence pact with Chile\n\nManila (PNA) - The House of Representatives on Tuesday ratified the defence cooperation agreement between the Philippines and Chile.",
		ents:      []ent{loc("Manila"), org("House of Representatives"), country("PH", "Philippines"), country("CL", "Chile")},
		want:      []want{{"decision", "*", "Manila", "House of Representatives", ""}},
	}, {
		name:      "a president's decree is placed nowhere",
		published: "2026-08-28",
		text:      "President appoints new army chief\n\nHANOI - President Luong Van Tam on Thursday signed a decision appointing General Nguyen Van Minh as Chief of the General Staff.",
		ents:      []ent{loc("HANOI"), person("Luong Van Tam", "VN"), person("Nguyen Van Minh", "VN")},
		not:       []want{{"decision", "*", "HANOI", "-", ""}},
	}})
}
