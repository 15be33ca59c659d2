package events

import "testing"

// TestRotationPartsArriving covers a part of a rotation (advance party,
// first group, main body) reaching the mission area: a deployment there,
// not a visit of the town it reaches.
func TestRotationPartsArriving(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an advance party of the battalion reached a town",
		published: "2027-03-12",
		text:      "A 40-member advance party of the battalion reached Malakal on March 8 to prepare the hand-over of the camp.",
		ents:      []ent{loc("Malakal")},
		want:      []want{{"deployment", "2027-03-08", "Malakal", "-", ""}},
		not:       []want{{"visit", "*", "*", "*", ""}},
	}, {
		name:      "the main body of the contingent arrived in the mission area",
		published: "2027-03-12",
		text:      "The main body of the Nepalese contingent arrived in Juba on Tuesday to join UNMISS.",
		ents:      []ent{country("NP", "Nepalese"), loc("Juba"), org("UNMISS")},
		want:      []want{{"deployment", "2027-03-09", "Juba", "NP", ""}},
	}, {
		name:      "near miss: a group of journalists reached a town",
		published: "2027-03-12",
		text:      "A group of journalists reached Malakal on Tuesday.",
		ents:      []ent{loc("Malakal")},
		not:       []want{{"deployment", "*", "*", "*", ""}},
	}})
}
