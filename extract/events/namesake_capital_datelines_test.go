package events

import "testing"

// TestNamesakeCapitalDatelines covers datelines that write a capital
// named after its state by the state's name ("KUWAIT, March 3 (KUNA)",
// "PANAMA, May 4 (Prensa Latina)"): the story is filed from the capital,
// where the ministry or the staff sits; an exercise under such a dateline
// still ranges over the state.
func TestNamesakeCapitalDatelines(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a reception at the staff's headquarters under a KUNA dateline",
		published: "2026-03-03",
		text: "Army chiefs meet\n\nKUWAIT, March 3 (KUNA) -- Major General Ivo Marek arrived in Riyadh on Tuesday for a visit.\n\n" +
			"Meanwhile, Major General Fahad Nasser received the Polish military attaché, Colonel Jan Wrona, at the General Staff headquarters on Monday.",
		ents: []ent{country("KW", "KUWAIT"), loc("Riyadh"), person("Ivo Marek", "KW"), person("Fahad Nasser", "KW"), person("Jan Wrona", "PL"), org("General Staff")},
		want: []want{{"meeting", "2026-03-02", "Kuwait City", "Jan Wrona", ""}},
	}, {
		name:      "a lead reception at the ministry under a Panama dateline",
		published: "2026-05-04",
		text:      "Ministers meet\n\nPANAMA, May 4 (Prensa Latina) - Security Minister Ivo Marek received his Polish counterpart Jan Wrona at the ministry on Monday.",
		ents:      []ent{country("PA", "PANAMA"), person("Ivo Marek", "PA"), person("Jan Wrona", "PL")},
		want:      []want{{"meeting", "2026-05-04", "Panama City", "Jan Wrona", "main"}},
	}, {
		name:      "an exercise under such a dateline ranges over the state",
		published: "2026-03-03",
		text:      "Drills open\n\nKUWAIT, March 3 (KUNA) -- The Kuwaiti and Polish armies on Tuesday began a joint exercise.",
		ents:      []ent{country("KW", "KUWAIT"), country("PL", "Polish")},
		want:      []want{{"exercise", "*", "KW", "-", "main"}},
	}})
}
