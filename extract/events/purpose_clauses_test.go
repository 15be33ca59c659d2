package events

import "testing"

// TestPurposeClauses covers an exercise a contingent goes to: "departed
// today to participate in the exercise" dates the departure, and the
// exercise takes the span a later sentence gives it.
func TestPurposeClauses(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the exercise keeps its own span, not the day of departure",
		published: "2026-03-02",
		text: "A 60-member contingent of the Nepali Army departed today for Dhaka to participate in the joint military exercise Shanti Sena. " +
			"The exercise will be conducted from 4 to 17 March 2026 at the Bangabandhu Cantonment.",
		ents: []ent{orgOf("Nepali Army", "NP"), loc("Dhaka"), loc("Bangabandhu Cantonment")},
		want: []want{{"exercise", "2026-03-04/2026-03-17", "*", "-", ""}},
		not:  []want{{"exercise", "2026-03-02", "*", "-", ""}},
	}})
}
