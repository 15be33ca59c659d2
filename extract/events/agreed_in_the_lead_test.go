package events

import "testing"

// TestAgreedInTheLead covers leads that tell talks only by what the two
// sides agreed ("A and B agreed on Thursday to ..."), a lead introduced by
// a colon ("provided the following readout:"), whose next sentence is the
// lead, and calls told by "call with".
func TestAgreedInTheLead(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two commanders who agreed to something met",
		published: "2025-03-07",
		text:      "Army chiefs agree to step up border patrols\n\nJAKARTA (ANTARA) - General Budi Hartono and General Ramon Cruz agreed on Thursday to increase coordinated patrols along the maritime border in the Sulawesi Sea.",
		ents:      []ent{person("Budi Hartono", "ID"), person("Ramon Cruz", "PH"), loc("Sulawesi Sea"), loc("JAKARTA")},
		want:      []want{{"meeting", "2025-03-06", "*", "Ramon Cruz", "main"}},
	}, {
		name:      "one person agreeing is no meeting",
		published: "2025-03-07",
		text:      "General Budi Hartono agreed to send more ships to the Sulawesi Sea.",
		ents:      []ent{person("Budi Hartono", "ID"), loc("Sulawesi Sea")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "a colon passes the lead to the next sentence",
		published: "2025-07-24",
		text:      "Ministers discuss defence ties\n\nThe spokesman provided the following readout:\n\nSecretary Mark Doyle spoke today with Minister Tran Hung of Vietnam to discuss defence cooperation.",
		ents:      []ent{person("Mark Doyle", "US"), person("Tran Hung", "VN"), country("VN", "Vietnam")},
		want:      []want{{"meeting", "*", "*", "Tran Hung", "main"}},
	}, {
		name:      "a call with a named person is a phone call",
		published: "2025-07-24",
		text:      "Readout of Secretary Mark Doyle's Call With Minister Tran Hung\n\nThe two discussed maritime security.",
		ents:      []ent{person("Mark Doyle", "US"), person("Tran Hung", "VN")},
		want:      []want{{"meeting", "*", "", "Tran Hung", "main"}},
	}})
}
