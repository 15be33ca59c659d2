package events

import "testing"

// TestMeetingsInSequence covers one actor meeting several counterparts in
// turn in one sentence: "met A and later (received) B" and "will call on A
// and meet B" tell two meetings, each with its own counterpart and the
// date written in its stretch, while "met A and B" is one meeting, and
// "met A and later toured a base" or "met A and discussed ..." leaves the
// meeting whole.
func TestMeetingsInSequence(t *testing.T) {
	tam, somchai, ravi := person("Le Van Tam", "VN"), person("Somchai Wong", "TH"), person("Ravi Kumar", "IN")
	ents := []ent{tam, somchai, ravi, loc("Hanoi")}
	runClassCases(t, []classCase{{
		name:      "met A and later received B",
		published: "2025-04-15",
		text:      "Defence Minister Le Van Tam met Thai Ambassador Somchai Wong in Hanoi on April 14 and later received Indian Ambassador Ravi Kumar.",
		ents:      ents,
		want: []want{
			{"meeting", "2025-04-14", "*", "Somchai Wong", ""},
			{"meeting", "2025-04-14", "*", "Ravi Kumar", ""},
		},
		count: 2,
	}, {
		name:      "met A and then B, each on its own day",
		published: "2025-04-15",
		text:      "Defence Minister Le Van Tam met Thai Ambassador Somchai Wong on April 10 and then Indian Ambassador Ravi Kumar on April 14.",
		ents:      ents,
		want: []want{
			{"meeting", "2025-04-10", "*", "Somchai Wong", ""},
			{"meeting", "2025-04-14", "*", "Ravi Kumar", ""},
		},
		not: []want{{"meeting", "2025-04-10", "*", "Ravi Kumar", ""}},
	}, {
		name:      "a courtesy call on A and a second meeting verb for B",
		published: "2025-04-15",
		text:      "Defence Minister Le Van Tam will pay a courtesy call on Thai Ambassador Somchai Wong and meet Indian Ambassador Ravi Kumar in Hanoi on April 16.",
		ents:      ents,
		want: []want{
			{"meeting", "2025-04-16", "*", "Somchai Wong", ""},
			{"meeting", "2025-04-16", "*", "Ravi Kumar", ""},
		},
		count: 2,
	}, {
		name:      "met A and discussed a topic stays one meeting",
		published: "2025-04-15",
		text:      "Defence Minister Le Van Tam met Thai Ambassador Somchai Wong in Hanoi on April 14 and discussed training with Colonel Ravi Kumar's programme.",
		ents:      ents,
		count:     1,
	}, {
		name:      "met A and B together is one meeting",
		published: "2025-04-15",
		text:      "Defence Minister Le Van Tam met Thai Ambassador Somchai Wong and Indian Ambassador Ravi Kumar in Hanoi on April 14.",
		ents:      ents,
		count:     1,
	}, {
		name:      "a later act without a counterpart leaves the meeting whole",
		published: "2025-04-15",
		text:      "Defence Minister Le Van Tam met Thai Ambassador Somchai Wong in Hanoi on April 14 and later toured a naval academy.",
		ents:      ents,
		// the tour is a visit of its own (a site of a trip), not a part
		// of the meeting
		want:  []want{{"meeting", "2025-04-14", "*", "Somchai Wong", ""}, {"visit", "*", "*", "Le Van Tam", ""}},
		count: 2,
	}})
}
