package events

import "testing"

// TestShipsSailingToMissions covers a warship that sails or sets sail to
// join a UN mission: its departure is the deployment, told with the
// naval base or port it left and the mission it goes to; a ship that
// sails for an exercise or a port call, or that "sailed home after its
// mission", is no deployment.
func TestShipsSailingToMissions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "sailed from the base to join the mission's task force",
		published: "2027-01-28",
		text:      "The frigate Almirante Reis sailed from the Lisbon Naval Base on Wednesday to join the Maritime Task Force of the United Nations Interim Force in Lebanon (UNIFIL).",
		ents:      []ent{loc("Lisbon Naval Base"), org("United Nations Interim Force in Lebanon", "UNIFIL")},
		want:      []want{{"deployment", "2027-01-27", "*", "-", "main"}},
	}, {
		name:      "set sail for the mission with its crew",
		published: "2027-03-06",
		text:      "A German navy corvette with 120 sailors on board set sail from Kiel on Friday for the UNIFIL mission off the Lebanese coast, a navy spokesman said.",
		ents:      []ent{country("DE", "German"), loc("Kiel"), org("UNIFIL")},
		want:      []want{{"deployment", "2027-03-05", "*", "DE", "main"}},
	}, {
		name:      "a ship sailing for an exercise",
		published: "2027-03-06",
		text:      "The corvette sailed from Toulon on Friday for the annual Mediterranean naval exercise.",
		ents:      []ent{loc("Toulon")},
		not:       []want{{"deployment", "*", "*", "*", ""}},
	}, {
		name:      "a ship that sailed home after its mission",
		published: "2027-03-06",
		text:      "The frigate sailed home on Friday after its mission in the Gulf of Aden.",
		ents:      []ent{loc("Gulf of Aden")},
		not:       []want{{"deployment", "*", "*", "*", ""}},
	}})
}
