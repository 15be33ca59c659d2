package dates

import "testing"

// TestWeekdaysOpeningFutureSentences covers a weekday that opens a
// sentence about what is to come, with or without a comma after it: the
// next such day. A sentence told in the past, or a saying ("announced")
// before the future marker, keeps the last such day.
func TestWeekdaysOpeningFutureSentences(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"on weekday, no comma, will", "The talks went well. On Thursday the guests will visit the naval academy in the port city.", "2026-03-11", "2026-03-12"},
		{"weekday first, no on", "Friday the minister is due to tour a shipyard.", "2026-03-11", "2026-03-13"},
		{"on weekday with a comma", "On Thursday, he will travel to the border province.", "2026-03-11", "2026-03-12"},
		{"past sentence keeps the last day", "On Tuesday the two ministers signed a plan of cooperation.", "2026-03-11", "2026-03-10"},
		{"a saying before the future marker is past", "On Monday the ministry announced that the drills will start soon.", "2026-03-11", "2026-03-09"},
		{"mid-sentence weekday without comma is left to the clause before", "The ministers met on Tuesday and the navies will train together.", "2026-03-11", "2026-03-10"},
		{"an aside naming the day between it and the future marker", "On Thursday, the last day of his visit, the minister is due to tour a shipyard.", "2026-03-11", "2026-03-12"},
		{"an aside naming the day before a past clause", "On Tuesday, the first day of his visit, the minister toured a shipyard.", "2026-03-11", "2026-03-10"},
		{"an aside that says something is no aside of the day", "On Monday, the ministry said, the drills will begin.", "2026-03-11", "2026-03-09"},
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
