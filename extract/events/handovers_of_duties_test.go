package events

import "testing"

// TestHandoversOfDuties covers the hand-over of a rotation's camps and
// duties, which is work between two rotations, not a ceremony; a
// hand-over ceremony told as such stays one.
func TestHandoversOfDuties(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an advance party prepares the hand-over of camps",
		published: "2027-02-10",
		text:      "A 25-member advance party of the battalion reached Wau on February 6 to prepare the hand-over of camps and equipment.",
		ents:      []ent{loc("Wau")},
		not:       []want{{"ceremony", "*", "*", "*", ""}},
	}, {
		name:      "the handover of duties to the incoming rotation",
		published: "2027-02-10",
		text:      "The outgoing company began the handover of duties to the incoming rotation in Wau on Monday.",
		ents:      []ent{loc("Wau")},
		not:       []want{{"ceremony", "*", "*", "*", ""}},
	}, {
		name:      "a hand-over ceremony between two commanders",
		published: "2027-02-10",
		text:      "A hand-over ceremony was held in Wau on Monday, where Colonel Abel Tesfaye handed command to Colonel Dawit Bekele.",
		ents:      []ent{loc("Wau"), person("Abel Tesfaye", "ET"), person("Dawit Bekele", "ET")},
		want:      []want{{"ceremony", "2027-02-08", "Wau", "-", ""}},
	}})
}
