package events

import "testing"

// TestRetoldCeremonies covers a ceremony told again in later sentences,
// merged once dates and places are set, and the occasions that stay
// apart: one brought in with "a", one of a later hour of the same day.
func TestRetoldCeremonies(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a change of command, its ceremony and the flag handed over are one event",
		published: "2026-04-11",
		text: "Rear Admiral Tomas Vega assumed command of the Navy on Friday.\n\n" +
			"The President appointed Vega on Thursday, the ministry said.\n\n" +
			"General Luis Ortiz presided over the change-of-command ceremony at Port Base.\n\n" +
			"General Luis Ortiz handed the Navy flag to Admiral Tomas Vega before 500 sailors.",
		ents: []ent{person("Tomas Vega", "CL"), person("Luis Ortiz", "CL"), org("Navy"), loc("Port Base")},
		want: []want{
			{"ceremony", "2026-04-10", "Port Base", "Luis Ortiz", ""},
			{"ceremony", "2026-04-10", "Port Base", "Tomas Vega", ""},
		},
		not: []want{{"ceremony", "2026", "*", "-", ""}},
	}, {
		name:      "the send-off ceremony attended by a minister is the send-off the lead told",
		published: "2026-04-11",
		text: "General Ana Ruiz on Friday sent off the 12th contingent of peacekeepers at the air base.\n\n" +
			"The contingent has 200 soldiers.\n\n" +
			"The send-off ceremony was attended by Deputy Minister Luis Vega.",
		ents:  []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "PE"), loc("air base")},
		want:  []want{{"ceremony", "2026-04-10", "*", "Luis Vega", "main"}},
		count: 1,
	}, {
		name:      "a medal parade brought in with \"a\" is an occasion of its own",
		published: "2026-04-11",
		text: "A welcome ceremony was held at the airport on Friday for the Sapper Unit.\n\n" +
			"The unit's members were awarded medals in a ceremony at the mission headquarters.",
		ents:  []ent{org("Sapper Unit"), loc("airport")},
		count: 2,
	}, {
		name:      "a wreath laid later in the day is another occasion",
		published: "2026-04-11",
		text: "Minister Ana Ruiz was welcomed with a guard of honour on Friday.\n\n" +
			"Later in the day, Ana Ruiz laid a wreath at the monument.",
		ents:  []ent{person("Ana Ruiz", "PE")},
		count: 2,
	}})
}
