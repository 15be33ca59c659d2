package events

import "testing"

// TestReleaseDates covers acts dated by the release that made them known
// ("has appointed X, according to a statement issued on Tuesday") and
// positions dated by the day they were said ("the spokesperson said on
// Friday"), which keep that day even when the lead also tells an act of
// another day.
func TestReleaseDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the day of the statement dates the appointment it announces",
		published: "2025-02-05",
		text:      "ACCRA, Feb 5 (GNA) – President Kofi Mensah has appointed Major General Ama Boateng as Chief of the Defence Staff, according to a statement issued on Tuesday by the presidency.",
		ents:      []ent{person("Kofi Mensah", "GH"), person("Ama Boateng", "GH"), loc("ACCRA")},
		want:      []want{{"decision", "2025-02-04", "*", "Ama Boateng", "main"}},
		not:       []want{{"decision", "2025-02-05", "*", "-", ""}},
	}, {
		name:      "a memorandum signed on a day still dates only its signing",
		published: "2025-02-05",
		text:      "Minister Kofi Mensah thanked Rui Tavares for his work on the memorandum signed in 2019.",
		ents:      []ent{person("Kofi Mensah", "GH"), person("Rui Tavares", "PT")},
		not:       []want{{"meeting", "2019", "*", "-", ""}},
	}, {
		name:      "a position said on Friday keeps Friday, not the day of the pact it speaks of",
		published: "2025-09-19",
		text:      "Pact with Oman not aimed at any third country, says ministry\n\nISLAMABAD: The Joint Defence Accord between Peru and Oman is not directed against any third country, spokesperson Ana Ruiz said on Friday.\n\nThe spokesperson said the accord, signed in Muscat on Wednesday by Luis Toro and Said Alawi, gave shape to old ties. Under the accord, an attack on either is an attack on both.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Luis Toro", "PE"), person("Said Alawi", "OM"), loc("Muscat"), loc("ISLAMABAD")},
		want:      []want{{"statement", "2025-09-19", "*", "Ana Ruiz", "main"}},
		not:       []want{{"statement", "2025-09-17", "*", "Ana Ruiz", ""}},
	}})
}
