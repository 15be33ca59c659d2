package events

import "testing"

// TestBareRoundsOfMechanisms covers the sessions of a standing mechanism
// told with no mechanism word of their own, after the mechanism is named:
// "The sixth round took place in Warsaw", "the next session is scheduled
// for the spring in Grodno", a round of a ministers' format or a session
// of a joint board. Each is a dialogue of the two states.
func TestBareRoundsOfMechanisms(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a bare numbered round took place, after talks",
		published: "2027-11-12",
		text:      "Minister Marco Ferri held talks with his Japanese counterpart Kenji Sato in Rome on Monday. The two ministers agreed to hold the fifth round of their strategic dialogue in Rome next year. The fourth round took place in Tokyo in April.",
		ents:      []ent{person("Marco Ferri", "IT"), person("Kenji Sato", "JP"), loc("Rome"), loc("Tokyo"), country("IT"), country("JP", "Japanese")},
		want:      []want{{"dialogue", "2027-04", "Tokyo", "JP", "background"}},
	}, {
		name:      "a bare numbered round was held",
		published: "2027-11-12",
		text:      "Chile and Peru held the ninth round of their defence consultations in Lima. The eighth round was held in Santiago last year.",
		ents:      []ent{loc("Lima"), loc("Santiago"), country("CL"), country("PE")},
		want:      []want{{"dialogue", "2026", "Santiago", "CL", "background"}},
	}, {
		name:      "the previous session of a joint board",
		published: "2027-10-20",
		text:      "The previous session of the joint board of the defence ministries of Serbia and Hungary took place in Budapest in December 2026.",
		ents:      []ent{loc("Budapest"), country("RS", "Serbia"), country("HU", "Hungary")},
		want:      []want{{"dialogue", "2026-12", "Budapest", "HU", ""}},
	}, {
		name:      "the next session is scheduled",
		published: "2027-10-20",
		text:      "The next session is scheduled for the spring of 2028 in Szeged.",
		ents:      []ent{loc("Szeged")},
		want:      []want{{"dialogue", "2028", "Szeged", "-", ""}},
	}, {
		name:      "a numbered round of a trilateral ministers' meeting",
		published: "2027-05-13",
		text:      "The fourth round of the trilateral meeting of the defence ministers of Greece, Cyprus and Egypt took place in Nicosia in March.",
		ents:      []ent{loc("Nicosia"), country("GR", "Greece"), country("CY", "Cyprus"), country("EG", "Egypt")},
		want:      []want{{"dialogue", "2027-03", "Nicosia", "CY", ""}},
	}, {
		name:      "a round of an exercise is no session",
		published: "2027-05-13",
		text:      "The first round of firing took place on the range on Tuesday.",
		not:       []want{{"dialogue", "*", "*", "*", ""}},
	}})
}
