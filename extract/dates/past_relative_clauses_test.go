package dates

import "testing"

// TestPastRelativeClauses covers a month named alone in a relative clause
// told in the past inside a sentence about what is to come: the clause's
// own tense dates it ("will be built under the memorandum that the two
// ministers signed in March" is last March). A relative clause with no
// past verb, and a future marker inside the clause, still look ahead.
func TestPastRelativeClauses(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"a signing told in a relative clause", "Two patrol vessels will be built under the memorandum that the two ministers signed in March.", "2026-08-20", "2026-03"},
		{"a meeting told in a which clause", "The navies will train together under the plan, which was agreed in June.", "2026-10-02", "2026-06"},
		{"a relative clause of what is to come", "The ministers will sign a plan which covers training in March.", "2026-10-02", "2027-03"},
		{"a future marker inside the clause", "They agreed on a plan that will be signed in March.", "2026-10-02", "2027-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lastOfKind(tt.text, tt.published, Partial); got != tt.want {
				t.Errorf("month of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
