package events

import "testing"

// TestGroupsStillToMove covers the groups of a rotation told in a
// sentence of their own: the remaining members leaving later, a batch to
// follow, an advance party come home, and a unit told in a relative
// clause to be in its area since a date.
func TestGroupsStillToMove(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the remaining members will leave next week",
		published: "2025-06-03",
		text:      "The group flew out of Kathmandu on Monday. The remaining 60 members will leave next week.",
		ents:      []ent{loc("Kathmandu")},
		want:      []want{{"deployment", "2025-06-09/2025-06-15", "*", "-", ""}},
	}, {
		name:      "a batch to follow next month",
		published: "2025-09-12",
		text:      "A batch of 180 personnel of GHANBATT will follow in the second week of next month.",
		want:      []want{{"deployment", "2025-10", "*", "-", ""}},
	}, {
		name:      "an advance party came home",
		published: "2025-09-12",
		text:      "An advance party of 34 members of the rotation came home in the previous week.",
		want:      []want{{"deployment", "*", "*", "-", ""}},
	}, {
		name:      "a unit in its area since a date, in a relative clause",
		published: "2026-03-24",
		text:      "The unit will replace Engineering Unit Rotation 3, which has been in Abyei since April last year.",
		ents:      []ent{org("Engineering Unit Rotation 3"), loc("Abyei")},
		want:      []want{{"deployment", "2025-04", "Abyei", "-", "background"}},
	}, {
		name:      "a guest who has been in a city is no deployment",
		published: "2026-03-24",
		text:      "The minister, who has been in Hanoi since Monday, met business leaders.",
		ents:      []ent{loc("Hanoi")},
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}})
}
