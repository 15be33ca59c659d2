package events

import "testing"

// TestDayBeforeSpans covers "the previous day" and "the same day" told
// after an event that spans several days (a visit "from Monday to
// Wednesday"): they count from the last event told of a single day, the
// talks; and two acts of one such sentence fall on the same day, the
// second not shifted again from the first.
func TestDayBeforeSpans(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the previous day after a visit's span",
		published: "2026-11-25",
		text:      "ANKARA - Defence Minister Yasar Guler received his Azerbaijani counterpart Zakir Hasanov in Ankara on Tuesday.\n\nHasanov is in Turkiye on an official visit from Monday to Wednesday. The previous day, he laid a wreath at Anitkabir.",
		ents:      []ent{person("Yasar Guler", "TR"), person("Zakir Hasanov", "AZ"), loc("Ankara"), loc("ANKARA"), loc("Anitkabir"), country("TR", "Turkiye")},
		want:      []want{{"ceremony", "2026-11-23", "*", "-", ""}, {"visit", "2026-11-23/2026-11-25", "*", "-", ""}},
	}, {
		name:      "two acts of the previous day",
		published: "2025-12-03",
		text:      "MOSCOW - General Ivan Petrov and General Tran Minh co-chaired the 8th defence dialogue in Moscow on Wednesday.\n\nThe Vietnamese general is visiting Russia from December 1 to 5.\n\nOn the previous day, Tran Minh laid a wreath at the Tomb of the Unknown Soldier and visited the Central Museum of the Armed Forces.",
		ents:      []ent{person("Ivan Petrov", "RU"), person("Tran Minh", "VN"), loc("Moscow"), loc("MOSCOW"), loc("Tomb of the Unknown Soldier"), loc("Central Museum of the Armed Forces")},
		want:      []want{{"ceremony", "2025-12-02", "*", "Tran Minh", ""}, {"visit", "2025-12-02", "*", "Tran Minh", ""}},
		not:       []want{{"visit", "2025-12-01", "*", "-", ""}},
	}, {
		name:      "the same day after a forum's span",
		published: "2025-06-01",
		text:      "SINGAPORE - Defence Minister Gilberto Teodoro met his Japanese counterpart Gen Nakatani in Singapore on Saturday.\n\nThe two attended the Shangri-La Dialogue, held from May 30 to June 1. Later the same day, Teodoro held talks with Richard Marles.",
		ents:      []ent{person("Gilberto Teodoro", "PH"), person("Gen Nakatani", "JP"), person("Richard Marles", "AU"), loc("Singapore"), loc("SINGAPORE")},
		want:      []want{{"meeting", "2025-05-31", "*", "Richard Marles", ""}},
	}})
}
