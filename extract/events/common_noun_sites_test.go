package events

import "testing"

// TestCommonNounSiteVisits covers visits to a site named by a common noun rather
// than a place: "visit a shipyard of X in Y", "toured the facilities of
// X", "tour X's plant"; an exhibition's stands toured are no visit.
func TestCommonNounSiteVisits(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a shipyard of a company",
		published: "2025-09-24",
		text:      "Minister Jose Reyes is scheduled to visit a shipyard of Hanjin Marine in Busan on Thursday before returning home.",
		ents:      []ent{person("Jose Reyes", "PH"), org("Hanjin Marine"), loc("Busan")},
		want:      []want{{"visit", "2025-09-25", "*", "Jose Reyes", ""}},
	}, {
		name:      "the facilities of a company toured",
		published: "2025-10-22",
		text:      "The Malaysian minister also toured the facilities of Orbital Avionics in Izmir.",
		ents:      []ent{org("Orbital Avionics"), loc("Izmir")},
		want:      []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "a ship visited by name",
		published: "2025-05-22",
		text:      "General Omar Haq visited the navy ship PNS Tariq, one of 18 warships taking part in the show.",
		ents:      []ent{person("Omar Haq", "PK")},
		want:      []want{{"visit", "*", "*", "Omar Haq", ""}},
	}, {
		name:      "stands toured at an exhibition are no visit",
		published: "2025-12-01",
		text:      "The President toured the stands of the Arab Organization for Industrialization, where he was briefed on new vehicles.",
		ents:      []ent{org("Arab Organization for Industrialization")},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}})
}
