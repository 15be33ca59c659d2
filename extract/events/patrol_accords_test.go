package events

import "testing"

// TestPatrolAccords covers joint patrols that are what a document or an
// accord is about: no exercise held. A drill planned for a time stays one.
func TestPatrolAccords(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a letter of intent on joint patrols",
		published: "2026-10-07",
		text:      "On the sidelines of the conference, the two navy chiefs signed a letter of intent on joint patrols in the waters between the two countries.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "commanders agree on coordinated patrols",
		published: "2026-10-07",
		text:      "The two regional commanders agreed on coordinated patrols along the border at their meeting in Sa Kaeo on Tuesday.",
		ents:      []ent{loc("Sa Kaeo")},
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "a plan for joint patrols next year",
		published: "2026-10-07",
		text:      "They signed a plan for joint patrols in 2027.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "joint drills planned for the summer stay an exercise",
		published: "2026-04-22",
		text:      "Joint drills of the two armies are planned for the summer.",
		want:      []want{{"exercise", "*", "*", "-", ""}},
	}})
}
