package events

import "testing"

// TestJointDrillsByKind covers a joint drill named by its kind between
// "joint" and the drill noun: "a joint tactical drill", "a bilateral
// command-staff exercise", "combined counter-terrorism drills". A drill
// with no word of joint work ("a tactical drill of the brigade") is left
// to the other rules.
func TestJointDrillsByKind(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a joint tactical drill watched by ministers",
		published: "2027-10-20",
		text:      "On Tuesday, the two ministers watched a joint tactical drill of Serbian and Hungarian infantry units at the Pasuljanske Livade training ground.",
		ents:      []ent{country("RS", "Serbian"), country("HU", "Hungarian"), loc("Pasuljanske Livade training ground")},
		want:      []want{{"exercise", "2027-10-19", "Pasuljanske Livade training ground", "RS", ""}},
	}, {
		name:      "combined counter-terrorism drills",
		published: "2027-05-02",
		text:      "Troops of Kazakhstan and Kyrgyzstan began combined counter-terrorism drills near Issyk-Kul on Monday.",
		ents:      []ent{country("KZ", "Kazakhstan"), country("KG", "Kyrgyzstan"), loc("Issyk-Kul")},
		want:      []want{{"exercise", "*", "*", "KZ", ""}},
	}})
}
