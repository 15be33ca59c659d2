package dates

import "testing"

// TestFutureClauses covers weekdays in a clause about what is to come
// whose future marker lies far back across a long name (the words of a
// name add no distance), and a future marker of the sentence before,
// which a full stop after a closing bracket ends; "the plan", "a plan"
// are things, not future markers; "set sail", "set off" and "set out"
// are past verbs of leaving, where "set to" and "set for" tell the
// future.
func TestFutureClauses(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"future marker across a long name", "The delegates will visit a demining site of the National Centre for Peacekeeping Forces, Mines and Explosive Remnants of War Clearance (NPMEC) in Banteay Srei district on Thursday.", "2025-06-25", "2025-06-26"},
		{"a plan named as a thing is no future marker", "He said he had informed the Philippine secretary of the plan in a video call on Thursday.", "2025-08-29", "2025-08-28"},
		{"a signed plan is no future marker", "The two ministries signed a plan of military cooperation on Monday.", "2025-11-26", "2025-11-24"},
		{"a verb of planning still is", "The navy plans to hold a drill on Monday.", "2025-11-26", "2025-12-01"},
		{"set sail is a past verb of leaving", "The corvette set sail from Kiel on Friday for the UN mission off Lebanon.", "2027-03-06", "2027-03-05"},
		{"so is set off", "The convoy of engineers set off for the border region on Tuesday.", "2027-03-06", "2027-03-02"},
		{"so is set out", "The patrol boats set out from the river port on Monday.", "2027-03-06", "2027-03-01"},
		{"set to still tells the future", "The two ministers are set to hold talks on Tuesday.", "2027-03-06", "2027-03-09"},
		{"so does set for", "The signing is set for Monday in the capital.", "2027-03-06", "2027-03-08"},
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
