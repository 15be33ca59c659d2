package events

import "testing"

// TestSameDayDates: "the same evening" or "that day" after a day named
// earlier in its own sentence is that day, not the day of the event told
// before the sentence.
func TestSameDayDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks the same evening as an arrival told in a relative clause",
		published: "2026-03-09",
		text:      "KOCHI - Admiral Ravi Nair on Monday visited the Southern Naval Command in Kochi, the Navy said.\n\nThe admiral, who arrived in the city on Saturday, held talks with Vice Admiral Anil Das at the command headquarters the same evening.",
		ents:      []ent{person("Ravi Nair", "IN"), person("Anil Das", "IN"), loc("Kochi")},
		want:      []want{{"meeting", "2026-03-07", "*", "Anil Das", ""}},
		not:       []want{{"meeting", "2026-03-09", "*", "-", ""}},
	}, {
		name:      "a wreath laid that evening after a date told first",
		published: "2025-10-03",
		text:      "HANOI - Defence Minister Tomas Ilves held talks with his Vietnamese counterpart in Hanoi on Thursday.\n\nIlves, who landed at Noi Bai airport on Wednesday, laid a wreath at the Heroes Monument that evening.",
		ents:      []ent{person("Tomas Ilves", "EE"), loc("Hanoi"), loc("Noi Bai airport"), loc("Heroes Monument")},
		want:      []want{{"ceremony", "2025-10-01", "*", "-", ""}},
		not:       []want{{"ceremony", "2025-10-02", "*", "-", ""}},
	}})
}
