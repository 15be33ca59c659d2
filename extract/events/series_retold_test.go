package events

import "testing"

// TestSeriesRetold covers sentences that count an exercise's series since
// a year: the exercise they name is the one already told, and the year
// dates the first edition, a background event.
func TestSeriesRetold(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "held annually since a year",
		published: "2025-11-12",
		text:      "The joint exercise Sea Shield 2025 opened in Varna on Tuesday. The Sea Shield exercise has been held annually since 2015.",
		ents:      []ent{loc("Varna")},
		want:      []want{{"exercise", "2025-11-11", "*", "-", ""}, {"exercise", "2015", "*", "-", "background"}},
		count:     2,
	}, {
		name:      "the seventh of its kind since a year",
		published: "2025-05-29",
		text:      "The Cambodian and Chinese armies held the closing ceremony of the joint exercise Golden Dragon 2025 in Kampong Speu on May 28. The 16-day exercise, the seventh of its kind since 2016, involved some 1,300 troops.",
		ents:      []ent{country("KH", "Cambodian"), country("CN", "Chinese"), loc("Kampong Speu")},
		want:      []want{{"exercise", "2016", "*", "-", "background"}},
		not:       []want{{"exercise", "2025-05-28", "*", "-", "reported"}},
	}, {
		name:      "every year since a year, with a later edition planned",
		published: "2026-09-01",
		text:      "Russian and Mongolian troops began the joint drills Selenga-2026 near Ulan Bator on Monday. The drills, held every year since 2008, will be the 18th in the series.",
		ents:      []ent{country("RU", "Russian"), country("MN", "Mongolian"), loc("Ulan Bator")},
		want:      []want{{"exercise", "2026-08-31", "*", "-", ""}, {"exercise", "2008", "*", "-", "background"}},
		count:     2,
	}})
}
