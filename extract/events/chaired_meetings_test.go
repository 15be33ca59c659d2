package events

import "testing"

// TestChairedMeetings covers a meeting named by a bare noun whose sentence
// makes it a co-chaired mechanism, and what is done "at the meeting" in
// the next sentence: the dialogue keeps the noun clause's date and place,
// and so does what is done at it, not the main event's.
func TestChairedMeetings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the meeting held on given days and co-chaired is one dialogue of those days",
		published: "2026-05-08",
		text: "General Ana Ruiz received Colonel Luis Vega in Lima on May 7.\n\n" +
			"The meeting, held in Cusco on May 4-5, was co-chaired by Luis Vega and General Tomas Soto.\n\n" +
			"At the meeting, the two sides signed the minutes of the session.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "BO"), person("Tomas Soto", "PE"), loc("Lima"), loc("Cusco")},
		want: []want{
			{"meeting", "2026-05-07", "Lima", "Ana Ruiz", "main"},
			{"dialogue", "2026-05-04/2026-05-05", "Cusco", "Tomas Soto", ""},
			{"agreement", "2026-05-04/2026-05-05", "Cusco", "-", ""},
		},
		not: []want{
			{"meeting", "2026-05-04/2026-05-05", "*", "-", ""},
			{"dialogue", "2026-05-07", "*", "-", ""},
		},
	}})
}
