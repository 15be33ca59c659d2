package events

import "testing"

// TestConjoinedPlaces covers the places of events that "and" joins in one
// sentence: the venue named in one event's clause is not the other's,
// while a city before both is the scene of both; and talks told during a
// visit without a place of their own, which happen in the story's city
// unless still to come.
func TestConjoinedPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a venue after the second event's trigger is not the first's",
		published: "2025-05-10",
		text:      "Minister Tomas Ilves called on Prime Minister Jaan Kask at Stenbock House and laid a wreath at the Maarjamae Memorial on Friday.",
		ents:      []ent{person("Tomas Ilves", "EE"), person("Jaan Kask", "EE"), loc("Stenbock House"), loc("Maarjamae Memorial")},
		want: []want{
			{"meeting", "*", "Stenbock House", "Tomas Ilves", ""},
			{"ceremony", "*", "Maarjamae Memorial", "Tomas Ilves", ""},
		},
	}, {
		name:      "a venue in the first event's clause is not the second's",
		published: "2025-05-10",
		text: "Latvian minister visits Estonia\n\n" +
			"Minister Janis Ozols arrived in Estonia on Thursday for a two-day visit.\n\n" +
			"On Friday, he laid a wreath at the Maarjamae Memorial and called on Prime Minister Jaan Kask.",
		ents: []ent{person("Janis Ozols", "LV"), person("Jaan Kask", "EE"), country("EE", "Estonia"), loc("Maarjamae Memorial")},
		want: []want{{"meeting", "*", "*", "Jaan Kask", ""}},
		not:  []want{{"meeting", "*", "Maarjamae Memorial", "-", ""}},
	}, {
		name:      "a city before both events is the scene of both",
		published: "2025-05-10",
		text:      "Minister Tomas Ilves laid a wreath at the Freedom Monument in Riga and called on Prime Minister Janis Ozols on Friday.",
		ents:      []ent{person("Tomas Ilves", "EE"), person("Janis Ozols", "LV"), loc("Freedom Monument"), loc("Riga")},
		want:      []want{{"meeting", "*", "Riga", "Janis Ozols", ""}},
	}, {
		name:      "talks told during a visit take the story's city",
		published: "2025-10-22",
		text: "ANKARA - Defence Minister Omar Haddad held talks with his counterpart Kemal Aydin at the ministry in Ankara on Tuesday.\n\n" +
			"On Wednesday, Haddad, who is on a four-day visit, also called on the Chief of General Staff, General Mert Kaya.",
		ents: []ent{person("Omar Haddad", "JO"), person("Kemal Aydin", "TR"), person("Mert Kaya", "TR"), loc("Ankara", "ANKARA")},
		want: []want{{"meeting", "*", "Ankara", "Mert Kaya", ""}},
	}, {
		name:      "talks still to come take no place from the story",
		published: "2025-10-22",
		text: "ANKARA - Defence Minister Omar Haddad held talks with his counterpart Kemal Aydin at the ministry in Ankara on Tuesday.\n\n" +
			"Haddad is also scheduled to call on President Selim Oz on Thursday.",
		ents: []ent{person("Omar Haddad", "JO"), person("Kemal Aydin", "TR"), person("Selim Oz", "TR"), loc("Ankara", "ANKARA")},
		not:  []want{{"meeting", "*", "Ankara", "Selim Oz", ""}},
	}})
}
