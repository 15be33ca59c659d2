package events

import "testing"

// TestSpansRunUntil: a drill, show or stay told by the day it opened and
// the day it runs until ("opened on Monday and will run until July 1")
// spans both days, not only the first.
func TestSpansRunUntil(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "began on a weekday, which will run until a later date",
		published: "2026-06-23",
		text:      "The navies of Peru and Chile began a joint naval exercise at Callao on Monday, which will run until July 1.",
		ents:      []ent{country("PE"), country("CL"), loc("Callao")},
		want:      []want{{"exercise", "2026-06-22/2026-07-01", "*", "PE", ""}},
	}, {
		name:      "began and runs through a weekday",
		published: "2025-10-16",
		text:      "The defence exhibition began in Lima on Tuesday and runs through Saturday with firms from 30 countries.",
		ents:      []ent{loc("Lima")},
		want:      []want{{"exhibition", "2025-10-14/2025-10-18", "*", "PE", ""}},
	}, {
		name:      "arrived on a date and will stay until a later one",
		published: "2026-04-03",
		text:      "General Ivo Marek arrived in Hanoi on April 2 for an official visit and will stay until April 5.",
		ents:      []ent{person("Ivo Marek", "CZ"), loc("Hanoi")},
		want:      []want{{"visit", "2026-04-02/2026-04-05", "*", "Ivo Marek", ""}},
	}, {
		name:      "an end months away is another matter",
		published: "2026-04-03",
		text:      "The armies of Laos and Vietnam began a joint exercise in Hanoi on April 2 under a training plan that runs until December 31.",
		ents:      []ent{country("LA"), country("VN"), loc("Hanoi")},
		want:      []want{{"exercise", "2026-04-02", "*", "LA", ""}},
	}})
}
