package dates

import "testing"

// TestWeekdaySpans covers spans of weekdays ("from Monday to Wednesday",
// "Tuesday through Thursday", "Monday-Friday"): the first day is the
// weekday as read alone, the last the next such weekday from it.
func TestWeekdaySpans(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"a visit ending on publication day", "He is in Turkiye on an official visit from Monday to Wednesday.", "2026-11-25", "2026-11-23/2026-11-25"},
		{"a span with through", "The drills ran from Monday through Thursday near the border.", "2025-07-10", "2025-07-07/2025-07-10"},
		{"a span with a dash", "The course ran Monday-Friday at the academy.", "2025-03-14", "2025-03-10/2025-03-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lastOfKind(tt.text, tt.published, Weekday)
			if got != tt.want {
				t.Errorf("span of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
