package events

import "testing"

// TestHeadlineSummaries covers a headline that sums up several meetings
// the story tells one by one: the separate meetings are events, the
// summary is none; a headline meeting the lead retells stays.
func TestHeadlineSummaries(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks with three counterparts told one by one",
		published: "2025-11-01",
		text: "Defence chief holds talks with Thai, Lao and Fijian counterparts in Kuala Lumpur\n\n" +
			"KUALA LUMPUR, Nov 1 - Minister Park Jin held separate bilateral meetings with Thai Minister Anan Chai, Lao Minister Khamla Vong and Fijian Minister Pita Rabuka on Saturday.",
		ents: []ent{person("Park Jin", "KR"), person("Anan Chai", "TH"), person("Khamla Vong", "LA"), person("Pita Rabuka", "FJ"),
			country("TH", "Thai"), country("LA", "Lao"), country("FJ", "Fijian"), loc("KUALA LUMPUR")},
		want:  []want{{"meeting", "*", "*", "Anan Chai", ""}, {"meeting", "*", "*", "Khamla Vong", ""}, {"meeting", "*", "*", "Pita Rabuka", ""}},
		count: 3,
	}, {
		name:      "a headline meeting the lead retells stays",
		published: "2025-03-06",
		text:      "Army chiefs hold talks in Jakarta\n\nJAKARTA - General Budi Hartono held talks with General Ramon Cruz in Jakarta on Thursday.",
		ents:      []ent{person("Budi Hartono", "ID"), person("Ramon Cruz", "PH"), loc("Jakarta"), loc("JAKARTA")},
		want:      []want{{"meeting", "2025-03-06", "*", "Ramon Cruz", "main"}},
		count:     1,
	}})
}
