package events

import "testing"

// TestYearsFromText: an event dated "the following year", "the previous
// year" or "two years later" takes the year counted from the year its sentence, or
// the one before, states, not from publication.
func TestYearsFromText(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the following year after a year in the sentence before",
		published: "2026-03-10",
		text:      "The two armies signed a memorandum on training in 2019. They held their first joint exercise in Hue the following year.",
		ents:      []ent{loc("Hue")},
		want:      []want{{"exercise", "2020", "Hue", "-", ""}},
		not:       []want{{"exercise", "2027", "*", "-", ""}},
	}, {
		name:      "the next year after a year in the same sentence",
		published: "2026-03-10",
		text:      "In 2023 the two navies trained off Busan, and the next year they held a joint exercise in Hue.",
		ents:      []ent{loc("Hue"), loc("Busan")},
		want:      []want{{"exercise", "2024", "Hue", "-", ""}},
	}, {
		name:      "years later counted from the year before",
		published: "2026-03-10",
		text:      "The two armies signed a memorandum on training in 2019, and held their first joint exercise in Hue two years later.",
		ents:      []ent{loc("Hue")},
		want:      []want{{"exercise", "2021", "Hue", "-", ""}},
	}})
}
