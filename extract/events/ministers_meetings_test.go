package events

import "testing"

// TestMinistersMeetings covers meetings named by the level of who meets
// ("the defence ministerial meeting") against the named ministers' meeting
// of a series, which is a conference.
func TestMinistersMeetings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a ministerial meeting to be held in a city next year",
		published: "2025-11-02",
		text:      "Minister Koji Sato invited Secretary Ana Cruz to the Japan-Philippines defence ministerial meeting to be held in Tokyo next year.",
		ents:      []ent{person("Koji Sato", "JP"), person("Ana Cruz", "PH"), loc("Tokyo")},
		want:      []want{{"meeting", "2026", "Tokyo", "-", ""}},
	}, {
		name:      "a defence ministerial meeting held in a city",
		published: "2025-10-16",
		text:      "General Ana Ruiz attended a defence ministerial meeting in Lima on Wednesday.",
		ents:      []ent{person("Ana Ruiz", "CL"), loc("Lima")},
		want:      []want{{"meeting", "2025-10-15", "Lima", "Ana Ruiz", ""}},
	}, {
		name:      "a named ministers' meeting with an ordinal stays a conference",
		published: "2025-11-02",
		text:      "The 12th ASEAN Defence Ministers' Meeting opened in Vientiane on Wednesday.",
		ents:      []ent{loc("Vientiane")},
		want:      []want{{"conference", "*", "Vientiane", "-", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}})
}
