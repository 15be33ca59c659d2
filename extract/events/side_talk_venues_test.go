package events

import "testing"

// TestSideTalkVenues covers a venue named in a sentence that tells other
// talks ("X also called on the army commander at Army Headquarters in
// Y"): the venue of those talks, not of the story's main reception.
func TestSideTalkVenues(t *testing.T) {
	ents := []ent{country("ID", "Indonesia"), country("TL", "Timor-Leste"),
		person("Rui Lopes", "TL", "Rui Lopes", "Lopes"), person("Budi Santoso", "ID"), person("Hendra Wijaya", "ID"),
		loc("Jakarta"), loc("Cilangkap"), org("Army Headquarters")}
	runClassCases(t, []classCase{{
		name:      "a call at another venue leaves the reception where it was held",
		published: "2026-05-05",
		text: "Minister hosts Timorese general\n\nJakarta - At a reception in Jakarta on Monday for Brigadier General Rui Lopes, Defence Minister Budi Santoso praised ties between the two armies. " +
			"Lopes also called on General Hendra Wijaya at Army Headquarters in Cilangkap.",
		ents: ents,
		want: []want{{"meeting", "2026-05-04", "Jakarta", "Budi Santoso", "main"}, {"meeting", "*", "Cilangkap", "Hendra Wijaya", ""}},
		not:  []want{{"meeting", "*", "Cilangkap", "Budi Santoso", ""}},
	}})
}
