package events

import "testing"

// TestEventModes covers the way an event is held ("via video
// conference"), which is no call of its own, while talks held that way
// stay talks.
func TestEventModes(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a dialogue held via video conference is one dialogue",
		published: "2025-11-27",
		text:      "Deputy Minister Hoang Minh and Director General Anne Roux co-chaired the fifth Vietnam-France strategic defence dialogue via video conference on Wednesday.",
		ents:      []ent{person("Hoang Minh", "VN"), person("Anne Roux", "FR")},
		want:      []want{{"dialogue", "2025-11-26", "*", "Anne Roux", "main"}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "talks held via video link stay talks",
		published: "2025-11-27",
		text:      "Minister Hoang Minh held talks with Minister Anne Roux via video link on Wednesday.",
		ents:      []ent{person("Hoang Minh", "VN"), person("Anne Roux", "FR")},
		want:      []want{{"meeting", "2025-11-26", "*", "Anne Roux", "main"}},
	}})
}
