package events

import "testing"

// TestSideOccasions covers events dated by the occasion their sentence
// names: talks "on the sidelines of the ADMM-Plus" take the day that
// forum was told for, not the day of the story's main event; and a
// forum dated after a relative clause that counts "member states" (a
// noun, not a verb that reports).
func TestSideOccasions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "side talks take the day of the forum they are held at",
		published: "2026-11-04",
		text: "Defence Minister Ana Ruiz arrived in Manila on Tuesday to attend the 13th ADMM-Plus.\n" +
			"The 13th ADMM-Plus, which brings the ten member states together with eight dialogue partners, is set for Thursday.\n" +
			"On the sidelines of the ADMM-Plus, Ruiz will hold bilateral talks with Minister Ken Mori.",
		ents: []ent{person("Ana Ruiz", "ID", "Ana Ruiz", "Ruiz"), person("Ken Mori", "JP"), loc("Manila"), org("ADMM-Plus")},
		want: []want{
			{"visit", "2026-11-03", "Manila", "Ana Ruiz", ""},
			{"conference", "2026-11-05", "*", "ADMM-Plus", ""},
			{"meeting", "2026-11-05", "*", "Ken Mori", ""},
		},
		not: []want{{"meeting", "2026-11-03", "*", "-", ""}},
	}, {
		name:      "member states is no reporting verb",
		published: "2026-11-04",
		text:      "The forum, which gathers the defence chiefs of all member states, is scheduled for Friday in Jakarta.",
		ents:      []ent{loc("Jakarta")},
		want:      []want{{"conference", "2026-11-06", "*", "-", ""}},
	}, {
		name:      "a signing on the sidelines of the dialogue takes the dialogue's place, not the wreath's told just before",
		published: "2026-06-04",
		text: "Poland, Ruritania hold defence policy dialogue\n\n" +
			"Deputy Minister Jan Wrona and Defence Secretary Ivo Marek co-chaired the 5th Poland-Ruritania Defence Policy Dialogue in Warsaw on Tuesday.\n\n" +
			"Earlier the same day, Marek laid a wreath at the Tomb of the Unknown Soldier.\n\n" +
			"On the sidelines of the dialogue, the two sides signed a letter of intent on cooperation in military medicine.",
		ents: []ent{person("Jan Wrona", "PL"), person("Ivo Marek", "RU", "Marek"), locIn("Warsaw", "PL"), loc("Tomb of the Unknown Soldier")},
		want: []want{{"agreement", "*", "Warsaw", "-", ""}},
		not:  []want{{"agreement", "*", "Tomb of the Unknown Soldier", "-", ""}},
	}})
}
