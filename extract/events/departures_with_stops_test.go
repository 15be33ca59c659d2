package events

import "testing"

// TestDeparturesWithStops covers rotations leaving with the place left
// and the day or flight told between the verb and the destination ("left
// X on June 9 for Y", "will leave X on a chartered flight on May 3 for
// Y"), and rotations boarding their flight.
func TestDeparturesWithStops(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the airport and the day between the verb and the mission",
		published: "2026-04-10",
		text:      "A contingent of 150 soldiers of the Nepalese Army left Tribhuvan International Airport on April 8 for the UN mission in South Sudan.",
		ents:      []ent{orgOf("Nepalese Army", "NP"), loc("Tribhuvan International Airport"), country("SS", "South Sudan")},
		want:      []want{{"deployment", "2026-04-08", "*", "-", ""}},
	}, {
		name:      "a chartered flight and a day between the verb and the destination",
		published: "2026-04-10",
		text:      "The rotation will depart Entebbe airport on a UN-chartered aircraft on April 21 for Mogadishu.",
		ents:      []ent{loc("Entebbe airport"), loc("Mogadishu")},
		want:      []want{{"deployment", "2026-04-21", "Mogadishu", "-", ""}},
	}, {
		name:      "a battalion boarding its flight to the mission area",
		published: "2026-04-10",
		text:      "On Thursday, 300 peacekeepers of the Zambian battalion boarded a chartered flight to Bangui.",
		ents:      []ent{country("ZM", "Zambian"), loc("Bangui")},
		want:      []want{{"deployment", "2026-04-09", "Bangui", "-", ""}},
	}, {
		name:      "a minister boarding a plane is no deployment",
		published: "2026-04-10",
		text:      "The minister boarded a plane to Geneva on Thursday for talks on the conference.",
		ents:      []ent{loc("Geneva")},
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}, {
		name:      "a delegation leaving on a day for talks is no deployment",
		published: "2026-04-10",
		text:      "The delegation left Hanoi on Thursday for Vientiane, where it will hold talks.",
		ents:      []ent{loc("Hanoi"), loc("Vientiane")},
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}})
}
