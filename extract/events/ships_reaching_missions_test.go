package events

import "testing"

// TestShipsReachingMissions covers a warship or contingent that reaches
// or docks in its mission area to join, relieve or serve with a UN
// mission: its arrival is the deployment, not a visit; a ship that
// reaches a port for a call, with no mission to join, stays a visit.
func TestShipsReachingMissions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "reached the country to join the mission's task force",
		published: "2027-06-08",
		text:      "The Chilean frigate Almirante Lynch reached Lebanon on Sunday to join the Maritime Task Force of UNIFIL for six months.",
		ents:      []ent{country("CL", "Chilean"), country("LB", "Lebanon"), org("UNIFIL")},
		want:      []want{{"deployment", "2027-06-06", "*", "CL", "main"}},
		not:       []want{{"visit", "*", "*", "*", ""}},
	}, {
		name:      "arrived in the port to relieve the ship before it",
		published: "2027-02-10",
		text:      "The corvette KRI Usman Harun arrived in Beirut on Tuesday to relieve KRI Bung Tomo in the UNIFIL task force.",
		ents:      []ent{loc("Beirut"), org("UNIFIL")},
		want:      []want{{"deployment", "2027-02-09", "*", "-", "main"}},
		not:       []want{{"visit", "*", "*", "*", ""}},
	}, {
		name:      "docked to serve with the mission",
		published: "2027-09-15",
		text:      "A Bangladeshi patrol ship docked in Beirut on Monday to serve with the UNIFIL maritime component.",
		ents:      []ent{country("BD", "Bangladeshi"), loc("Beirut"), org("UNIFIL")},
		want:      []want{{"deployment", "2027-09-13", "*", "BD", "main"}},
	}, {
		name:      "a ship reaching a port for a call is a visit",
		published: "2027-09-15",
		text:      "The Indian destroyer INS Delhi reached Colombo on Monday on a three-day port call.",
		ents:      []ent{country("IN", "Indian"), loc("Colombo")},
		not:       []want{{"deployment", "*", "*", "*", ""}},
	}})
}
