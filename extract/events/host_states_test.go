package events

import "testing"

// TestHostStates: a state the sentence makes the host of an event places
// it when no finer place is named: the event as the object of the
// state's verb, or a relative clause naming the state as host.
func TestHostStates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the event is the object of the host state's verb",
		published: "2026-04-02",
		text:      "Chile last hosted the Western Pacific Naval Symposium in 2022.",
		ents:      []ent{country("CL", "Chile"), org("Western Pacific Naval Symposium")},
		want:      []want{{"conference", "2022", "CL", "Western Pacific Naval Symposium", ""}},
	}, {
		name:      "a relative clause names the host state",
		published: "2026-04-02",
		text:      "General Omar Haddad recalled the participation of Jordanian troops in the exercise Desert Shield 2025, which Egypt hosted in September 2025.",
		ents:      []ent{person("Omar Haddad", "JO"), country("JO", "Jordanian"), country("EG", "Egypt")},
		want:      []want{{"exercise", "2025-09", "EG", "EG", ""}},
	}, {
		name:      "a city named for the event is finer than its host state",
		published: "2026-04-02",
		text:      "Chile hosted the Western Pacific Naval Symposium in Valparaiso in 2022.",
		ents:      []ent{country("CL", "Chile"), org("Western Pacific Naval Symposium"), loc("Valparaiso")},
		want:      []want{{"conference", "2022", "Valparaiso", "Western Pacific Naval Symposium", ""}},
	}, {
		name:      "a person hosting talks places nothing",
		published: "2026-04-02",
		text:      "Minister Ana Ruiz hosted talks with the Peruvian delegation on Monday.",
		ents:      []ent{person("Ana Ruiz", "CL"), country("PE", "Peruvian")},
		not:       []want{{"meeting", "*", "PE", "-", ""}},
	}})
}
