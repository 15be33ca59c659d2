package events

import "testing"

// TestParliamentMeetings covers a minister's working meeting with a
// parliament's committee told by what the minister does before it
// (presents, briefs, appears, testifies), and a year that only names what
// was presented ("the draft 2027 budget"), which dates nothing.
func TestParliamentMeetings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "presented a budget to a commission: the day, not the budget's year",
		published: "2026-09-03",
		text:      "Defence Minister Ana Ruiz presented the ministry's draft 2027 budget to Commission I of the House of Representatives on Wednesday.",
		ents:      []ent{person("Ana Ruiz", "ID"), org("Commission I"), org("House of Representatives")},
		want:      []want{{"meeting", "2026-09-02", "*", "Ana Ruiz", ""}},
		not:       []want{{"meeting", "2027", "*", "-", ""}},
	}, {
		name:      "briefed a committee",
		published: "2026-02-24",
		text:      "Minister Ana Ruiz briefed the Senate defence committee on the procurement plan on Tuesday.",
		ents:      []ent{person("Ana Ruiz", "RO")},
		want:      []want{{"meeting", "2026-02-24", "*", "Ana Ruiz", ""}},
	}, {
		name:      "appeared before a committee",
		published: "2026-02-24",
		text:      "General Ken Mori appeared before the Defence Committee of the National Assembly on Monday.",
		ents:      []ent{person("Ken Mori", "KE"), org("Defence Committee of the National Assembly")},
		want:      []want{{"meeting", "2026-02-23", "*", "Ken Mori", ""}},
	}, {
		name:      "awards presented to sailors are no meeting",
		published: "2026-02-24",
		text:      "Admiral Ken Mori presented medals to the sailors of the frigate on Monday.",
		ents:      []ent{person("Ken Mori", "KE")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}})
}
