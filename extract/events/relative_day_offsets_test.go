package events

import "testing"

// TestRelativeDayOffsets covers movements dated by an offset from a date
// told before in the sentence ("and the rest will follow a week later"),
// and the groups of one rotation on their way ("a first group of 120
// troops will fly"), which are no country's first contingent.
func TestRelativeDayOffsets(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the rest follows a week later",
		published: "2026-02-03",
		text:      "A first group of 120 peacekeeping troops will fly to Larnaca on February 10, and the rest will follow a week later.",
		ents:      []ent{loc("Larnaca")},
		want: []want{
			{"deployment", "2026-02-10", "*", "-", ""},
			{"deployment", "2026-02-17", "*", "-", ""},
		},
		not: []want{{"deployment", "*", "*", "-", "background"}},
	}, {
		name:      "two days later, written with a number",
		published: "2026-02-03",
		text:      "The advance party of the peacekeeping battalion left Accra on March 2, and the main body will follow 3 days later.",
		ents:      []ent{loc("Accra")},
		want: []want{
			{"deployment", "2026-03-02", "*", "-", ""},
			{"deployment", "2026-03-05", "*", "-", ""},
		},
	}})
}
