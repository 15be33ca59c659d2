package events

import "testing"

// TestNumberedNamedMeetings covers meetings with an ordinal and a name of
// their own: "the 15th Pacific Army Chiefs Informal Meeting" is a
// conference, not talks, while "an informal meeting" stays a meeting.
func TestNumberedNamedMeetings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an ordinal and a capitalised name ending in Meeting",
		published: "2025-03-06",
		text:      "General Karim Aziz chaired the 15th Pacific Army Chiefs Informal Meeting in Suva on Thursday.",
		ents:      []ent{person("Karim Aziz", "FJ"), loc("Suva")},
		want:      []want{{"conference", "2025-03-06", "Suva", "Karim Aziz", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "a lower-case informal meeting stays a meeting",
		published: "2025-03-06",
		text:      "General Karim Aziz held an informal meeting with Admiral Jone Rika in Suva on Thursday.",
		ents:      []ent{person("Karim Aziz", "FJ"), person("Jone Rika", "FJ"), loc("Suva")},
		want:      []want{{"meeting", "2025-03-06", "Suva", "Jone Rika", ""}},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}})
}
