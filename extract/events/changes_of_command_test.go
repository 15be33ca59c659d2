package events

import "testing"

// TestChangesOfCommand covers a change of command told by the new
// commander's verb ("assumed command", "took over command"), a ceremony,
// and the appointment behind it when the text says who made it.
func TestChangesOfCommand(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "assumed command is the change-of-command ceremony",
		published: "2026-02-07",
		text:      "Vice Admiral Tomas Vega assumed command of the Navy on Friday.",
		ents:      []ent{person("Tomas Vega", "CL"), org("Navy")},
		want:      []want{{"ceremony", "2026-02-06", "*", "Tomas Vega", ""}},
	}, {
		name:      "took over command of a fleet",
		published: "2026-02-07",
		text:      "Rear Admiral Ana Ruiz took over command of the Southern Fleet on Friday.",
		ents:      []ent{person("Ana Ruiz", "AR"), org("Southern Fleet")},
		want:      []want{{"ceremony", "2026-02-06", "*", "Ana Ruiz", ""}},
	}, {
		name:      "the appointment consented to by the King is a decision",
		published: "2026-02-07",
		text: "General Luis Soto today took over as Chief of Army.\n\n" +
			"The appointment was consented to by King Rama Sultan on the advice of the Armed Forces Council.",
		ents: []ent{person("Luis Soto", "MY"), person("Rama Sultan", "MY"), org("Armed Forces Council")},
		want: []want{
			{"ceremony", "2026-02-07", "*", "Luis Soto", ""},
			{"decision", "*", "*", "Rama Sultan", ""},
		},
	}, {
		name:      "an appointment recalled without who made it is no decision",
		published: "2026-02-07",
		text:      "Prior to his appointment, Soto served as Vice Chief of Army.",
		not:       []want{{"decision", "*", "*", "-", ""}},
	}})
}
