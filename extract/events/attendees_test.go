package events

import "testing"

// TestAttendees covers those who merely attend talks ("The meeting was
// attended by X"): no party of the talks, while a ceremony's attendees
// take part in it.
func TestAttendees(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the attendees of a meeting are not its parties",
		published: "2025-04-10",
		text: "Defence Minister Ana Ruiz received Army Chief Luis Vega in Santiago on April 9.\n" +
			"The meeting was attended by Colonel Pedro Soto, the defence attaché, and Ambassador Maria Lind.",
		ents: []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), person("Pedro Soto", "PE"), person("Maria Lind", "PE"), loc("Santiago")},
		want: []want{{"meeting", "2025-04-09", "*", "Luis Vega", ""}},
		not: []want{
			{"meeting", "*", "*", "Pedro Soto", ""},
			{"meeting", "*", "*", "Maria Lind", ""},
		},
	}, {
		name:      "talks held in the presence of an ambassador are not the ambassador's",
		published: "2025-04-10",
		text:      "Ana Ruiz held talks with Luis Vega in Santiago on April 9 in the presence of Ambassador Maria Lind.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), person("Maria Lind", "PE"), loc("Santiago")},
		want:      []want{{"meeting", "2025-04-09", "*", "Luis Vega", ""}},
		not:       []want{{"meeting", "*", "*", "Maria Lind", ""}},
	}, {
		name:      "the attendees of a ceremony take part in it",
		published: "2025-04-10",
		text:      "The opening ceremony in Santiago on April 9 was attended by General Luis Vega.",
		ents:      []ent{person("Luis Vega", "PE"), loc("Santiago")},
		want:      []want{{"ceremony", "2025-04-09", "*", "Luis Vega", ""}},
	}})
}
