package events

import "testing"

// TestDeploymentAreas covers where the movements of one rotation go, and
// whose they are: the mission area and the unit the lead names, for the
// advance party and the later flights told without them; a region of no
// country as a mission area; the unit's own country for a homecoming.
func TestDeploymentAreas(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "later flights of the rotation go to the area the lead names",
		published: "2025-08-04",
		text: "Ghana sends 220 peacekeepers to Lebanon\n\n" +
			"ACCRA - Ghana on Monday sent 220 peacekeepers to Lebanon for a year-long tour.\n\n" +
			"An advance party of 40 soldiers left Kotoka International Airport on August 1, and the main body will fly out on August 9.",
		ents: []ent{country("GH", "Ghana"), country("LB", "Lebanon"), loc("Accra", "ACCRA"), loc("Kotoka International Airport")},
		want: []want{
			{"deployment", "2025-08-01", "LB", "GH", ""},
			{"deployment", "2025-08-09", "LB", "GH", ""},
		},
	}, {
		name:      "later flights of the rotation are the unit's the lead names",
		published: "2025-08-04",
		text: "ACCRA - Ghana on Monday sent the 220-member Ghana Battalion 98 to Lebanon for a year-long peacekeeping tour.\n\n" +
			"An advance party of 40 soldiers left Kotoka International Airport on August 1, and the main body will fly out on August 9.",
		ents: []ent{country("GH", "Ghana"), country("LB", "Lebanon"), loc("Accra", "ACCRA"), loc("Kotoka International Airport"), org("Ghana Battalion 98")},
		want: []want{
			{"deployment", "2025-08-01", "*", "Ghana Battalion 98", ""},
			{"deployment", "2025-08-09", "*", "Ghana Battalion 98", ""},
		},
	}, {
		name:      "a region of no country is a mission area",
		published: "2025-03-12",
		text:      "Nepal deployed a 180-member engineering company to Abyei on Tuesday.",
		ents:      []ent{country("NP", "Nepal"), loc("Abyei")},
		want:      []want{{"deployment", "2025-03-11", "Abyei", "NP", "main"}},
	}, {
		name:      "a unit coming home from a mission goes to its own country",
		published: "2025-04-10",
		text: "Zambian peacekeepers return home from South Sudan\n\n" +
			"The 300 Zambian soldiers of the battalion returned home on Wednesday after a year in the mission.",
		ents: []ent{country("ZM", "Zambian"), country("SS", "South Sudan")},
		want: []want{{"deployment", "*", "ZM", "-", ""}},
		not:  []want{{"deployment", "*", "South Sudan", "-", ""}},
	}, {
		name:      "a rotation told years earlier keeps no area of the story",
		published: "2025-04-10",
		text: "Peru sends engineers to the Central African Republic\n\n" +
			"Peru on Tuesday sent 200 engineers to the Central African Republic.\n\n" +
			"On March 2, 2016, Peru officially made debut its first engineering company.",
		ents: []ent{country("PE", "Peru"), country("CF", "Central African Republic")},
		not:  []want{{"deployment", "2016-03-02", "Central African Republic", "-", ""}, {"deployment", "2016-03-02", "CF", "-", ""}},
	}})
}
