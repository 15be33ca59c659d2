package dates

import "testing"

// TestPlannedMonths covers a month named alone in a clause about what is
// to come ("will", or a plan verb with an infinitive: "agreed to hold",
// "invited him to attend"): it is the next such month from publication,
// even when that lies more than four months ahead. A month that dates an
// occasion named inside the plan ("during the visit in March") or a past
// act keeps the nearest year.
func TestPlannedMonths(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"an exercise agreed to be held later in the year", "The chiefs agreed to hold a combined relief exercise in Sabah in October.", "2025-03-06", "2025-10"},
		{"an exhibition an invitation is for", "The minister invited his guest to attend the defence exhibition in Rio de Janeiro in April.", "2025-10-15", "2026-04"},
		{"a patrol that will run", "The two navies will carry out the joint patrol in February.", "2025-08-26", "2026-02"},
		{"a plan to send troops", "The government decided to send a second engineering company in January.", "2025-09-10", "2026-01"},
		{"a month of a visit named in the plan", "The partnership, which the leaders agreed to deepen during the state visit to Vietnam in March, covers defence.", "2025-10-15", "2025-03"},
		{"a past act keeps its year", "The two sides signed the memorandum in Hanoi in April.", "2025-10-15", "2025-04"},
		{"a month to a named place is no infinitive", "He recalled the trip to Canberra in March.", "2025-10-15", "2025-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lastOfKind(tt.text, tt.published, Partial)
			if got != tt.want {
				t.Errorf("month of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
