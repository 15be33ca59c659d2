package events

import "testing"

// TestHostsWelcomingAtSeats covers a host who "welcomed at the
// headquarters" a named guest: a reception, so a meeting of the two. A
// guest welcomed at the airport or pier on arrival is greeted, no meeting.
func TestHostsWelcomingAtSeats(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "welcomed at the headquarters the visiting commander",
		published: "2027-05-13",
		text:      "Lieutenant General Faisal Al-Hamad welcomed at the headquarters on Tuesday the visiting commander of the Jordanian Navy, Brigadier General Omar Khalil.",
		ents:      []ent{person("Faisal Al-Hamad", "", "Lieutenant General Faisal Al-Hamad"), person("Omar Khalil", "JO", "Brigadier General Omar Khalil"), org("Jordanian Navy")},
		want:      []want{{"meeting", "2027-05-11", "*", "Omar Khalil", ""}},
	}, {
		name:      "welcomed at the airport on arrival",
		published: "2027-05-13",
		text:      "Brigadier General Omar Khalil was welcomed at the airport by Lieutenant General Faisal Al-Hamad on Tuesday.",
		ents:      []ent{person("Faisal Al-Hamad", "", "Lieutenant General Faisal Al-Hamad"), person("Omar Khalil", "JO", "Brigadier General Omar Khalil")},
		not:       []want{{"meeting", "*", "*", "*", ""}},
	}})
}
