package events

import "testing"

// TestCeremonyActors covers who takes part in a ceremony: not the body
// whose site hosts it ("a parade at the Army Command"), nor a person met
// in another clause of the sentence ("called on X and laid a wreath").
func TestCeremonyActors(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the body whose site hosts the ceremony is where, not who",
		published: "2025-05-10",
		text:      "Defence Minister Ana Castro attended a parade at the Army Command in Lisbon on Friday.",
		ents:      []ent{person("Ana Castro", "PT"), org("Army Command"), loc("Lisbon")},
		want:      []want{{"ceremony", "2025-05-09", "*", "Ana Castro", ""}},
		not:       []want{{"ceremony", "*", "*", "Army Command", ""}},
	}, {
		name:      "a person called on before a wreath-laying is not at the wreath",
		published: "2025-05-10",
		text:      "Minister Tomas Ilves called on Prime Minister Jaan Kask at Stenbock House and laid a wreath at the Maarjamae Memorial.",
		ents:      []ent{person("Tomas Ilves", "EE"), person("Jaan Kask", "EE"), loc("Stenbock House"), loc("Maarjamae Memorial")},
		want:      []want{{"ceremony", "*", "*", "Tomas Ilves", ""}},
		not:       []want{{"ceremony", "*", "*", "Jaan Kask", ""}},
	}, {
		name:      "a person met in talks before a wreath-laying is not at the wreath",
		published: "2025-05-10",
		text:      "General Omar Haddad held talks with Lieutenant General Karim Saleh, and laid a wreath at the Unknown Soldier Memorial.",
		ents:      []ent{person("Omar Haddad", "JO"), person("Karim Saleh", "EG"), loc("Unknown Soldier Memorial")},
		want:      []want{{"ceremony", "*", "*", "Omar Haddad", ""}},
		not:       []want{{"ceremony", "*", "*", "Karim Saleh", ""}},
	}})
}
