package events

import "testing"

// TestCountedOffsets covers an earlier contact told after a date with
// its distance counted in days or weeks ("on April 21, seven weeks after
// their talks in Warsaw"): the contact recalled is dated that many days
// before, as "a day after" puts it one day before.
func TestCountedOffsets(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks recalled seven weeks before",
		published: "2026-04-22",
		text:      "Ahn Gyu-back met Polish Defence Minister Wladyslaw Kosiniak-Kamysz in Seoul on April 21, seven weeks after their talks in Warsaw.",
		ents:      []ent{person("Ahn Gyu-back", "KR"), person("Wladyslaw Kosiniak-Kamysz", "PL"), loc("Seoul"), loc("Warsaw")},
		want: []want{
			{"meeting", "2026-04-21", "Seoul", "-", "main"},
			{"meeting", "2026-03-03", "Warsaw", "-", "background"},
		},
	}, {
		name:      "a call recalled two weeks before a weekday",
		published: "2026-05-20",
		text:      "Minister Sjafrie Sjamsoeddin received Richard Marles in Jakarta on Tuesday, two weeks after their phone call.",
		ents:      []ent{person("Sjafrie Sjamsoeddin", "ID"), person("Richard Marles", "AU"), loc("Jakarta")},
		want: []want{
			{"meeting", "2026-05-19", "Jakarta", "-", "main"},
			{"meeting", "2026-05-05", "*", "-", "background"},
		},
	}})
}

// TestCountedTrainingSpans covers a drill told as days or weeks of
// training together: the training is the exercise, and when the sentence
// tells its end ("came to a close on June 13") it ran the days up to
// that one. Training only planned or discussed is none.
func TestCountedTrainingSpans(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two weeks of joint training came to a close",
		published: "2026-06-14",
		text:      "Two weeks of joint training by soldiers of the Mongolian Armed Forces and the Indian Army came to a close in Umroi on June 13.",
		ents:      []ent{org("Mongolian Armed Forces"), org("Indian Army"), loc("Umroi")},
		want:      []want{{"exercise", "2026-05-31/2026-06-13", "*", "-", "main"}},
	}, {
		name:      "ten days of combined training ended",
		published: "2026-03-21",
		text:      "Ten days of combined training by the two navies ended off Subic Bay on March 20.",
		ents:      []ent{loc("Subic Bay")},
		want:      []want{{"exercise", "2026-03-11/2026-03-20", "*", "-", "main"}},
	}, {
		name:      "training discussed is no drill",
		published: "2026-03-21",
		text:      "The ministers discussed joint training for their armies on March 20.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}})
}
