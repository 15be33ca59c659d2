package events

import "testing"

// TestSiteProgrammes covers the programme of a delegation: the sites named
// together after one visit verb are one visit each, made by the visitors
// (the body that runs a site is where they go, no participant), while a
// name that opens a new
// clause after "and" is no site, and a tour of two countries stays one
// visit.
func TestSiteProgrammes(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two bodies after one verb",
		published: "2025-03-10",
		text:      "Brigadier General Ion Popescu met Admiral Rui Costa in Lisbon on Monday. On Tuesday, Popescu is scheduled to visit the Arsenal do Alfeite in Almada and the Portuguese Navy's Lisbon naval base.",
		ents: []ent{person("Ion Popescu", "RO", "Ion Popescu", "Popescu"), person("Rui Costa", "PT"), loc("Lisbon"), loc("Almada"),
			org("Arsenal do Alfeite"), org("Portuguese Navy"), loc("Lisbon naval base")},
		want: []want{
			{"visit", "2025-03-11", "*", "Ion Popescu", ""},
			{"visit", "2025-03-11", "Lisbon naval base", "Ion Popescu", ""},
		},
		not: []want{
			{"visit", "*", "*", "Arsenal do Alfeite", ""},
			{"visit", "*", "*", "Portuguese Navy", ""},
		},
	}, {
		name:      "a relative clause between the sites, the first named by its venue noun",
		published: "2025-09-02",
		text:      "Colonel Amadou Diallo led a military delegation to Ghana on Monday. The delegation is due to visit the dockyard of Volta Marine Works in Tema, which built four patrol boats for the navy in 2019 and 2021, and the Ghana Navy's Western Naval Command.",
		ents: []ent{person("Amadou Diallo", "SN"), country("GH", "Ghana"), org("Volta Marine Works"), loc("Tema"),
			org("Ghana Navy"), org("Western Naval Command")},
		want: []want{{"visit", "*", "Tema", "-", ""}, {"visit", "*", "", "-", ""}},
		not: []want{
			{"visit", "*", "*", "Volta Marine Works", ""},
			{"visit", "*", "*", "Western Naval Command", ""},
		},
	}, {
		name:      "a name after and that starts a new clause is no site",
		published: "2025-05-20",
		text:      "General Lukas Berger visited the Mountain Warfare School on Tuesday and the Alpine Brigade hosted a dinner in his honour.",
		ents:      []ent{person("Lukas Berger", "AT"), org("Mountain Warfare School"), org("Alpine Brigade")},
		not:       []want{{"visit", "*", "*", "Alpine Brigade", ""}},
	}, {
		name:      "two countries of one tour stay one visit",
		published: "2025-05-20",
		text:      "Defence Minister Karl Lind will visit Estonia and Latvia next week.",
		ents:      []ent{person("Karl Lind", "SE"), country("EE", "Estonia"), country("LV", "Latvia")},
		count:     1,
	}})
}
