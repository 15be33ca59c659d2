package events

import "testing"

// TestPlannedDrills covers exercises that talks take up as a topic but
// that the sentence gives a time of their own: planned, and an event.
// An exercise talked about with no time stays a topic.
func TestPlannedDrills(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "discussed the joint exercise planned for the summer",
		published: "2026-04-22",
		text:      "The parties discussed the joint exercise planned for the summer and the training of cadets.",
		want:      []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "reviewed preparations for an exercise which will begin on Friday",
		published: "2026-11-25",
		text:      "The ministers reviewed preparations for the air force exercise, which will begin in Konya on Friday.",
		ents:      []ent{loc("Konya")},
		want:      []want{{"exercise", "*", "Konya", "-", ""}},
	}, {
		name:      "talked about a drill set for next month",
		published: "2026-11-25",
		text:      "The two chiefs talked about the naval drill set for next month off Karachi.",
		ents:      []ent{loc("Karachi")},
		want:      []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "discussed joint exercises in general",
		published: "2026-11-25",
		text:      "The two chiefs discussed joint exercises and officer training.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}})
}
