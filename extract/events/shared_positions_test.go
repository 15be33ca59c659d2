package events

import "testing"

// TestSharedPositions covers positions both parties take with a verb in
// its base form after "agreed to" ("agreed to oppose any unilateral
// attempt"): a statement of both.
func TestSharedPositions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "agreed to oppose any attempt",
		published: "2026-02-07",
		text:      "Minister Lena Holt and her counterpart Aki Sato held talks in Oslo on Saturday and agreed to oppose any unilateral attempt to change borders by force.",
		ents:      []ent{person("Lena Holt", "NO"), person("Aki Sato", "JP"), loc("Oslo")},
		want: []want{
			{"statement", "2026-02-07", "*", "Lena Holt", ""},
			{"statement", "2026-02-07", "*", "Aki Sato", ""},
		},
	}, {
		name:      "a verb to oppose with no position is no statement",
		published: "2026-02-07",
		text:      "The two navies will oppose each other in a friendly football match in Oslo on Saturday.",
		ents:      []ent{loc("Oslo")},
		not:       []want{{"statement", "*", "*", "-", ""}},
	}})
}
