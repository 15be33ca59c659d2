package dates

import "testing"

// TestDayFirstRanges covers spans written day first with a word between
// the days ("from 16 to 19 June 2025", "between 5 and 7 May"), as Indian,
// British and Australian copy writes them.
func TestDayFirstRanges(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"to between the days", "is on an official visit to Australia from 16 to 19 June 2025.", "2025-06-17", "2025-06-16/2025-06-19"},
		{"between and", "The drill will run between 5 and 7 May.", "2025-04-30", "2025-05-05/2025-05-07"},
		{"a count before a month is no range start", "The 16 to 19 soldiers left in June.", "2025-06-17", "2025-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := first(t, tt.text, tt.published).Value; got != tt.want {
				t.Errorf("date of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
