package events

import "testing"

// TestAppointingActs covers appointments told by a participle or by the
// officer who installs the appointee: decisions, whoever tells them; an
// installed radar is none.
func TestAppointingActs(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a minister's decision appointing an officer",
		published: "2026-09-09",
		text:      "The director read out the Defence Minister's decision of September 2 appointing Lieutenant Colonel Vu Minh Duc as commander of the unit.",
		ents:      []ent{person("Vu Minh Duc", "VN")},
		want:      []want{{"decision", "*", "*", "Vu Minh Duc", ""}},
	}, {
		name:      "an admiral installs two commanding officers",
		published: "2026-09-16",
		text:      "During the ceremony, the admiral also installed Colonel Budi Santoso and Colonel Agus Rahman as the first commanding officers of the two ships.",
		ents:      []ent{person("Budi Santoso", "ID"), person("Agus Rahman", "ID")},
		want:      []want{{"decision", "*", "*", "Budi Santoso", ""}},
	}, {
		name:      "a radar installed on a ship is no decision",
		published: "2026-09-16",
		text:      "The shipyard installed a new radar on the frigate in May.",
		not:       []want{{"decision", "*", "*", "-", ""}},
	}})
}
