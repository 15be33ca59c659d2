package events

import "testing"

// TestHomecomings covers groups of a contingent landing at home after a
// long subject ("the first group of 200 soldiers of X, which has served
// with Y for a year, arrived at ..."), and homecomings still to come
// ("are expected home by the end of the month"), dated by publication.
func TestHomecomings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a first group landing after a long subject",
		published: "2025-06-03",
		text:      "The first group of 150 soldiers of the Zambian battalion, which has served with MINUSCA in Bangui for a year, arrived at Kenneth Kaunda International Airport on Monday.",
		ents:      []ent{country("ZM", "Zambian"), loc("Bangui"), loc("Kenneth Kaunda International Airport")},
		want:      []want{{"deployment", "2025-06-02", "*", "-", ""}},
	}, {
		name:      "the rest of a battalion expected home by the end of the month",
		published: "2025-06-03",
		text:      "The remaining 300 members of the battalion are expected home by the end of the month.",
		want:      []want{{"deployment", "2025-06", "*", "-", ""}},
	}, {
		name:      "a delegation arriving at an airport is no deployment",
		published: "2025-06-03",
		text:      "The minister arrived at Noi Bai International Airport on Monday for talks on defence industry cooperation.",
		ents:      []ent{loc("Noi Bai International Airport")},
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}})
}
