package dates

import "testing"

// TestFutureClausesAcrossRankAbbreviations covers a future clause that
// runs across a rank or honorific written with a dot before a name
// ("Lt. Gen.", "Capt.", "Dr."): that dot ends no sentence, so a weekday
// after it is the next such day; a real full stop still ends the clause.
func TestFutureClausesAcrossRankAbbreviations(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"two ranks in a row", "The delegation will call on Lt. Gen. Pham Van Tho at the ministry on Thursday.", "2026-03-12"},
		{"a naval rank", "The crew will host a reception by Capt. Ito aboard the ship on Friday.", "2026-03-13"},
		{"an honorific", "The minister is scheduled to meet Dr. Amara Perera in Colombo on Thursday.", "2026-03-12"},
		{"a real full stop still ends the clause", "The ship will stay for a week. Its commander met Col. Ruiz on Monday.", "2026-03-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lastOfKind(tt.text, "2026-03-11", Weekday)
			if got != tt.want {
				t.Errorf("weekday of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
