package dates

import "testing"

// TestWeekdaysBeforeRelativeClauses covers a weekday that closes a past
// clause and is followed by a relative clause about what is to come
// ("opened on Monday, which will run until July 1"): the relative clause
// tells of the event, so the weekday keeps the tense of its own clause.
// A weekday opening its clause before a future verb stays the next one.
func TestWeekdaysBeforeRelativeClauses(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"which will run", "The navies opened the drill at the base on Monday, which will run until July 1.", "2026-06-23", "2026-06-22"},
		{"that is set to last", "The two armies launched the exercise on Tuesday, that is set to last two weeks.", "2025-09-04", "2025-09-02"},
		{"who will stay", "The delegation arrived in the capital on Sunday, who will stay until Friday.", "2025-02-18", "2025-02-16"},
		{"weekday opening a future clause", "On Thursday, the minister will visit the shipyard.", "2025-05-13", "2025-05-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			for _, d := range Find(tt.text, tt.published) {
				if d.Kind == Weekday {
					got = d.Value
					break
				}
			}
			if got != tt.want {
				t.Errorf("weekday of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
