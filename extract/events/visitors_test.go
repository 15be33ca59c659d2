package events

import "testing"

// TestVisitors covers who makes a visit: the person a ", who is visiting"
// clause is about and those accompanying that person, not the host who
// received them, nor a person the visitor met or called on.
func TestVisitors(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the host who received a visitor does not visit",
		published: "2025-03-10",
		text:      "CAIRO - Defence Minister Omar Haddad received on Sunday General Karim Saleh, Chief of Staff of the Army of Jordan, who is visiting Egypt at the head of a military delegation.",
		ents:      []ent{person("Omar Haddad", "EG"), person("Karim Saleh", "JO"), country("EG", "Egypt"), loc("Cairo", "CAIRO")},
		want:      []want{{"visit", "*", "*", "Karim Saleh", ""}},
		not:       []want{{"visit", "*", "*", "Omar Haddad", ""}},
	}, {
		name:      "a minister accompanying the visitor visits too",
		published: "2025-03-10",
		text:      "Defence Minister Ana Castro is accompanying President Rui Melo, who is on a state visit to Norway from March 9 to 11.",
		ents:      []ent{person("Ana Castro", "PT"), person("Rui Melo", "PT"), country("NO", "Norway")},
		want: []want{
			{"visit", "*", "*", "Rui Melo", ""},
			{"visit", "*", "*", "Ana Castro", ""},
		},
	}, {
		name:      "a person the visitor met is a host",
		published: "2026-02-11",
		text:      "Defence Minister Ana Castro, on her first trip to Asia since taking office, met President Jaka Wirawan at the Merdeka Palace on Tuesday.",
		ents:      []ent{person("Ana Castro", "PT"), person("Jaka Wirawan", "ID"), loc("Merdeka Palace")},
		not:       []want{{"visit", "*", "*", "Jaka Wirawan", ""}},
	}})
}
