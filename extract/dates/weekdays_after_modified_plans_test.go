package dates

import "testing"

// TestWeekdaysAfterModifiedPlans covers a weekday in a past clause whose
// object is a plan named with modifiers ("signed a coordinated patrol
// plan ... on Tuesday"): the latest such day on or before publication,
// not the next one; a plan as a verb or after "will" still looks ahead. A
// headline, which ends with no full stop, lends the lead no future marker.
func TestWeekdaysAfterModifiedPlans(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		// 2025-11-05 is a Wednesday
		{"a plan with two modifiers, signed", "The two navies signed a coordinated patrol plan for the strait at the naval base on Tuesday.", "2025-11-05", "2025-11-04"},
		{"plans with one modifier, adopted", "The army chiefs adopted their training plans in the capital on Monday.", "2025-11-05", "2025-11-03"},
		{"a hyphenated modifier", "Officials approved a five-year defence-industry plan on Tuesday.", "2025-11-05", "2025-11-04"},
		{"a verb of planning still looks ahead", "The two navies plan to sign a patrol agreement at the naval base on Tuesday.", "2025-11-05", "2025-11-11"},
		{"a plan after will looks ahead", "The ministries will plan a joint drill on Tuesday.", "2025-11-05", "2025-11-11"},
		// a headline has no full stop: its words are no part of the lead's clause
		{"a headline's plan before a past lead", "Navies sign patrol plan in Lumut\n\nThe two navies signed a patrol agreement at the naval base on Tuesday.", "2025-11-05", "2025-11-04"},
		{"a headline's future before a past lead", "Chiefs to hold talks\n\nThe army chiefs met in the capital on Tuesday.", "2025-11-05", "2025-11-04"},
		{"a future lead under a past headline", "Navies signed plan\n\nThe two navies will sign a second agreement on Tuesday.", "2025-11-05", "2025-11-11"},
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
