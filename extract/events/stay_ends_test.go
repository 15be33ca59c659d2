package events

import "testing"

// TestStayEnds: a visit told by its arrival and its departure is one
// visit over the span from the day of arrival to the day of departure.
func TestStayEnds(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "arrived on a day and will leave on a later day",
		published: "2026-02-09",
		text:      "General Ivo Marek arrived in Hanoi on 9 Feb for an official visit and will leave on 12 Feb.",
		ents:      []ent{person("Ivo Marek", "CZ"), loc("Hanoi")},
		want:      []want{{"visit", "2026-02-09/2026-02-12", "*", "Ivo Marek", ""}},
		count:     1,
	}, {
		name:      "the departure told in the next clause with a month name first",
		published: "2026-05-04",
		text:      "Defence Minister Ana Ruiz arrived in Jakarta on May 4 on a working visit, and is scheduled to depart on May 7.",
		ents:      []ent{person("Ana Ruiz", "PE"), loc("Jakarta")},
		want:      []want{{"visit", "2026-05-04/2026-05-07", "*", "Ana Ruiz", ""}},
		count:     1,
	}, {
		name:      "a departure of another party does not end the stay",
		published: "2026-05-04",
		text:      "Defence Minister Ana Ruiz arrived in Jakarta on May 4 on a working visit, while the frigate will leave Surabaya on May 20.",
		ents:      []ent{person("Ana Ruiz", "PE"), loc("Jakarta"), loc("Surabaya")},
		want:      []want{{"visit", "2026-05-04", "*", "Ana Ruiz", ""}},
	}})
}
