package events

import "testing"

// TestForumBackReferences covers a forum named again by its common noun
// ("at the forum", "the forum's plenary session", "the plenary
// session"): part of the forum already told, no second conference; and
// other editions ("the previous forum") that stay apart.
func TestForumBackReferences(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a keynote address at the forum",
		published: "2026-05-12",
		text:      "The 5th Andes Security Forum opened in Cusco on Monday.\n\nDefence Minister Rosa Vela delivered the keynote address at the forum.",
		ents:      []ent{org("Andes Security Forum"), person("Rosa Vela", "PE"), loc("Cusco")},
		want:      []want{{"conference", "2026-05-11", "Cusco", "Andes Security Forum", ""}},
		count:     1,
	}, {
		name:      "a speech at the forum's plenary session the previous day",
		published: "2026-09-17",
		text:      "Minister Arvo Tamm met his Latvian counterpart on the sidelines of the 2nd Baltic Sea Defence Forum in Tallinn on Wednesday.\n\nThe forum opened on Tuesday and closes on Thursday.\n\nGeneral Ilze Berzina addressed the forum's plenary session the previous day.",
		ents:      []ent{org("Baltic Sea Defence Forum"), person("Arvo Tamm", "EE"), person("Ilze Berzina", "LV"), loc("Tallinn"), country("LV", "Latvian")},
		want:      []want{{"conference", "*", "*", "Baltic Sea Defence Forum", ""}},
		not:       []want{{"conference", "*", "*", "Ilze Berzina", "reported"}},
	}, {
		name:      "a speech at the plenary session of the one summit told",
		published: "2026-03-05",
		text:      "The 2nd Sahel Defence Summit was held in Niamey on March 3-4.\n\nColonel Musa Diallo also spoke at the plenary session, together with ministers from five states.",
		ents:      []ent{org("Sahel Defence Summit"), person("Musa Diallo", "ML"), loc("Niamey")},
		want:      []want{{"conference", "2026-03-03/2026-03-04", "Niamey", "Sahel Defence Summit", ""}},
		count:     1,
	}, {
		name:      "the forum's own sentence gives its venue; a session's does not move it",
		published: "2026-09-17",
		text:      "Minister Arvo Tamm met his Latvian counterpart on the sidelines of the 2nd Baltic Sea Defence Forum in Tallinn on Wednesday.\n\nThe forum opened at the Kalev Congress Hall on Tuesday.\n\nGeneral Ilze Berzina, who arrived in Tartu on Monday, addressed the forum's plenary session the previous day.",
		ents:      []ent{org("Baltic Sea Defence Forum"), person("Arvo Tamm", "EE"), person("Ilze Berzina", "LV"), loc("Tallinn"), loc("Tartu"), loc("Kalev Congress Hall"), country("LV", "Latvian")},
		want:      []want{{"conference", "*", "Kalev Congress Hall", "Baltic Sea Defence Forum", ""}},
		not:       []want{{"conference", "*", "Tartu", "-", ""}},
	}, {
		name:      "the previous forum is another edition",
		published: "2026-05-12",
		text:      "The 5th Andes Security Forum opened in Cusco on Monday.\n\nThe previous forum was held in La Paz in 2025.",
		ents:      []ent{org("Andes Security Forum"), loc("Cusco"), loc("La Paz")},
		want: []want{
			{"conference", "2026-05-11", "Cusco", "Andes Security Forum", ""},
			{"conference", "2025", "*", "Andes Security Forum", "background"},
		},
	}, {
		name:      "the forum of another month is not folded",
		published: "2026-05-12",
		text:      "The 5th Andes Security Forum opened in Cusco on Monday.\n\nMinister Rosa Vela will attend the forum in Lima in August.",
		ents:      []ent{org("Andes Security Forum"), person("Rosa Vela", "PE"), loc("Cusco"), loc("Lima")},
		want: []want{
			{"conference", "2026-05-11", "Cusco", "Andes Security Forum", ""},
			{"conference", "2026-08", "*", "-", ""},
		},
	}})
}

// TestForumEditions covers the parties of a forum's edition recalled in
// the background: the forum itself, named in its sentence or by its noun,
// not the persons or states of today's edition.
func TestForumEditions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the first forum named in its sentence",
		published: "2026-10-29",
		text:      "Minister Oleg Brest opened the 3rd Dnieper Defence Forum in Gomel on Wednesday, attended by a Vietnamese delegation.\n\nThe first Dnieper Defence Forum took place in 2024.",
		ents:      []ent{org("Dnieper Defence Forum"), person("Oleg Brest", "BY"), loc("Gomel"), country("VN", "Vietnamese")},
		want:      []want{{"conference", "2024", "*", "Dnieper Defence Forum", "background"}},
		not:       []want{{"conference", "2024", "*", "VN", "*"}, {"conference", "2024", "*", "Oleg Brest", ""}},
	}, {
		name:      "the previous forum by its noun",
		published: "2026-06-02",
		text:      "The 4th Steppe Defence Forum will be held in Almaty from June 10 to 12, Deputy Minister Aidos Sarsen said.\n\nThe previous forum was held in Bishkek in 2024 and drew 300 delegates.",
		ents:      []ent{org("Steppe Defence Forum"), person("Aidos Sarsen", "KZ"), loc("Almaty"), loc("Bishkek")},
		want:      []want{{"conference", "2024", "*", "Steppe Defence Forum", "background"}},
		not:       []want{{"conference", "2024", "*", "Aidos Sarsen", ""}},
	}, {
		name:      "the last conference by its noun",
		published: "2026-04-20",
		text:      "The 9th Coral Coast Maritime Conference opened in Darwin on Monday with Admiral Nick Shaw as chair.\n\nThe last conference took place in Suva in 2025.",
		ents:      []ent{org("Coral Coast Maritime Conference"), person("Nick Shaw", "AU"), loc("Darwin"), loc("Suva")},
		want:      []want{{"conference", "2025", "*", "Coral Coast Maritime Conference", "background"}},
		not:       []want{{"conference", "2025", "*", "Nick Shaw", ""}},
	}})
}

// TestForumNamingAMechanism covers "the forum" said of a standing
// mechanism its own sentence recalls: the dialogue, no conference.
func TestForumNamingAMechanism(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the forum after a recalled committee meeting",
		published: "2026-05-20",
		text: "General Ali Demir called on General Omar Khan in Rawalpindi on Tuesday. " +
			"Recalling the 12th meeting of the Joint Military Committee, held in Ankara in November last year, Khan said the forum had given new momentum to training.",
		ents: []ent{person("Ali Demir", "TR"), person("Omar Khan", "PK"), loc("Rawalpindi"), loc("Ankara"), org("Joint Military Committee")},
		want: []want{{"dialogue", "2025-11", "Ankara", "-", "background"}},
		not:  []want{{"conference", "*", "*", "-", ""}},
	}, {
		name:      "a forum told before keeps its back references",
		published: "2026-05-20",
		text: "The defence forum opened in Oslo on Tuesday. " +
			"On its sidelines the 3rd meeting of the Joint Military Committee was held, and Lena Holm said the forum drew 40 delegations.",
		ents:  []ent{person("Lena Holm", "NO"), loc("Oslo"), org("Joint Military Committee")},
		want:  []want{{"conference", "*", "Oslo", "-", ""}},
		count: 2,
	}})
}
