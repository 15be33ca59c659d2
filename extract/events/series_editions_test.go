package events

import "testing"

// TestSeriesEditions covers earlier editions of the exercise an article is
// about, told in later sentences: "held annually since 2003", "the first
// NAME was held in 2014", "the previous exercise of the series took place
// last year" (no exercise of a right).
func TestSeriesEditions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "held annually since a year: the first edition",
		published: "2025-06-15",
		text: "Exercise Steppe Eagle 2025 opened at Ili on Saturday with troops from Kazakhstan and Kyrgyzstan.\n" +
			"Held annually since 2004 as a bilateral drill, Steppe Eagle became a multinational event in 2008.",
		ents: []ent{loc("Ili"), country("KZ", "Kazakhstan"), country("KG", "Kyrgyzstan")},
		want: []want{{"exercise", "2004", "*", "-", "background"}},
	}, {
		name:      "the first edition was held in a year",
		published: "2025-06-15",
		text: "Exercise Steppe Eagle 2025 opened at Ili on Saturday with troops from Kazakhstan and Kyrgyzstan.\n" +
			"The first Steppe Eagle was held in Almaty in 2004.",
		ents: []ent{loc("Ili"), loc("Almaty"), country("KZ", "Kazakhstan"), country("KG", "Kyrgyzstan")},
		want: []want{{"exercise", "2004", "*", "-", "background"}},
	}, {
		name:      "the previous exercise of the series",
		published: "2025-06-15",
		text: "Kazakh and Kyrgyz troops open joint exercise Ala-Too 2025\n\n" +
			"The previous exercise of the series took place last year in the Naryn region.",
		ents: []ent{loc("Naryn")},
		want: []want{{"exercise", "2024", "*", "-", "background"}},
	}, {
		name:      "the exercise of a right is no exercise",
		published: "2025-06-15",
		text:      "The minister defended the exercise of its sovereign rights at sea.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}})
}
