package events

import "testing"

// TestGroupingMeetings covers meetings of a grouping told by its officials
// or by a noun: "The SCO defence ministers met in Qingdao", "FPDA defence
// chiefs will meet at ...", "the meeting of defence ministers of the
// Shanghai Cooperation Organisation", "the ministerial meeting of the
// Andean Defence Council opened on Tuesday"; while two ministers meeting
// stay talks.
func TestGroupingMeetings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a grouping's ministers met, recalled with the month",
		published: "2025-12-12",
		text:      "China holds the rotating presidency of the SCO this year. The SCO defence ministers met in Qingdao in June.",
		ents:      []ent{org("SCO"), loc("Qingdao")},
		want:      []want{{"conference", "2025-06", "Qingdao", "SCO", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "a grouping's chiefs will meet",
		published: "2025-10-06",
		text:      "The exercise runs until Oct 17. The FPDA defence chiefs will meet at the air base in Butterworth on Oct 15.",
		ents:      []ent{org("FPDA"), loc("Butterworth")},
		want:      []want{{"conference", "2025-10-15", "*", "FPDA", ""}},
	}, {
		name:      "a grouping's ministers last met in a year",
		published: "2025-10-06",
		text:      "The drill began on Monday. ASEAN defence ministers last met in Vientiane in 2024, when they adopted a joint statement.",
		ents:      []ent{org("ASEAN"), loc("Vientiane")},
		want:      []want{{"conference", "2024", "Vientiane", "ASEAN", ""}},
	}, {
		name:      "the meeting of a grouping's ministers, on whose sidelines others meet",
		published: "2026-06-27",
		text:      "Minister Ana Ruiz met Minister Ken Mori on the sidelines of the meeting of defence ministers of the Shanghai Cooperation Organisation in Qingdao on Friday.",
		ents:      []ent{person("Ana Ruiz", "IN"), person("Ken Mori", "BY"), org("Shanghai Cooperation Organisation"), loc("Qingdao")},
		want: []want{
			{"conference", "2026-06-26", "Qingdao", "Shanghai Cooperation Organisation", ""},
			{"meeting", "2026-06-26", "*", "Ken Mori", ""},
		},
	}, {
		name:      "the ministerial meeting of a council, dated by the verb after the council's name",
		published: "2026-09-17",
		text:      "The ministerial meeting of the Andean Defence Council opened on Wednesday in Lima with delegations from five countries.",
		ents:      []ent{org("Andean Defence Council"), loc("Lima")},
		want:      []want{{"conference", "2026-09-16", "Lima", "Andean Defence Council", ""}},
	}, {
		name:      "two ministers who met are talks, not a grouping's meeting",
		published: "2026-05-20",
		text:      "The two ministers met in Hanoi on Tuesday. Minister Ana Ruiz and Minister Ken Mori met again on Wednesday.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "JP"), loc("Hanoi")},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}})
}
