package dates

import "testing"

// TestSetSailWeekdays covers "set" as the past of a verb of leaving ("set
// sail", "set off", "set out"): a weekday after it is the last such day,
// while "set to" and "set for" still tell what is to come.
func TestSetSailWeekdays(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"set sail", "The corvette set sail from Kiel on Friday for the UN mission off Lebanon.", "2027-03-06", "2027-03-05"},
		{"set off", "The convoy of engineers set off for the border region on Tuesday.", "2027-03-06", "2027-03-02"},
		{"set out", "The patrol boats set out from the river port on Monday.", "2027-03-06", "2027-03-01"},
		{"set to", "The two ministers are set to hold talks on Tuesday.", "2027-03-06", "2027-03-09"},
		{"set for", "The signing is set for Monday in the capital.", "2027-03-06", "2027-03-08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lastOfKind(tt.text, tt.published, Weekday); got != tt.want {
				t.Errorf("weekday of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
