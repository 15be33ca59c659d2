package dates

import "testing"

// TestFutureClauses covers weekdays in a clause about what is to come
// whose future marker lies far back across a long name (the words of a
// name add no distance), and a future marker of the sentence before,
// which a full stop after a closing bracket ends; "the plan", "a plan"
// are things, not future markers.
func TestFutureClauses(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"future marker across a long name", "The delegates will visit a demining site of the National Centre for Peacekeeping Forces, Mines and Explosive Remnants of War Clearance (NPMEC) in Banteay Srei district on Thursday.", "2025-06-25", "2025-06-26"},
		{"a plan named as a thing is no future marker", "He said he had informed the Philippine secretary of the plan in a video call on Thursday.", "2025-08-29", "2025-08-28"},
		{"a signed plan is no future marker", "The two ministries signed a plan of military cooperation on Monday.", "2025-11-26", "2025-11-24"},
		{"a verb of planning still is", "The navy plans to hold a drill on Monday.", "2025-11-26", "2025-12-01"},
		{"a full stop after a bracket ends the future clause", "He said it would set up a field hospital with the Coordinating Centre (AHA Centre). He said the Prime Minister approved the mission on Sunday.", "2025-04-02", "2025-03-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lastOfKind(tt.text, tt.published, Weekday)
			if got != tt.want {
				t.Errorf("weekday of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
