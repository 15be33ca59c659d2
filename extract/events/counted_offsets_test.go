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
