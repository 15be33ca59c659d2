package events

import "testing"

// TestScheduledTopics covers an exercise named among the topics of talks
// with a time of its own: "discussed ... the exercise to be held in
// November" tells a planned exercise, while "discussed joint exercises"
// stays a topic.
func TestScheduledTopics(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a topic exercise to be held in a month",
		published: "2025-09-10",
		text:      "The two generals discussed joint training, including the Garuda Shield exercise to be held in East Java in November.",
		ents:      []ent{loc("East Java")},
		want:      []want{{"exercise", "2025-11", "*", "-", ""}},
	}, {
		name:      "the next edition of which is to be held",
		published: "2025-09-10",
		text:      "The two army chiefs discussed training and the Dharma Guardian joint exercise, the next edition of which is to be held in Belgaum later this year.",
		ents:      []ent{loc("Belgaum")},
		want:      []want{{"exercise", "2025", "*", "-", ""}},
	}, {
		name:      "a topic without a time stays a topic",
		published: "2025-09-10",
		text:      "The two generals discussed joint exercises and officer training.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}})
}
