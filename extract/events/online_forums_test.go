package events

import "testing"

// TestOnlineForums covers video meetings of many states (conferences)
// against video and phone calls between two sides (meetings).
func TestOnlineForums(t *testing.T) {
	five := []ent{country("AU", "Australia"), country("CA", "Canada"), country("NZ", "New Zealand"), country("GB", "United Kingdom"), country("US", "United States")}
	runClassCases(t, []classCase{{
		name:      "the ministers of five states hold a video conference",
		published: "2026-06-24",
		text:      "The defence ministers of Australia, Canada, New Zealand, the United Kingdom and the United States held a video conference on June 22-23.",
		ents:      five,
		want:      []want{{"conference", "2026-06-22/2026-06-23", "", "NZ", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "chiefs of three navies held video talks",
		published: "2025-04-10",
		text:      "The navy chiefs of India, Sri Lanka and the Maldives held video talks on Wednesday to review the trilateral exercise.",
		ents:      []ent{country("IN", "India"), country("LK", "Sri Lanka"), country("MV", "Maldives")},
		want:      []want{{"conference", "2025-04-09", "", "MV", ""}},
	}, {
		name:      "a video conference with one counterpart stays a meeting",
		published: "2026-06-24",
		text:      "Minister Ana Berg of Sweden held a video conference with Minister Ola Dahl of Norway on Monday about Finland.",
		ents:      []ent{person("Ana Berg", "SE"), person("Ola Dahl", "NO"), country("SE", "Sweden"), country("NO", "Norway"), country("FI", "Finland")},
		want:      []want{{"meeting", "2026-06-22", "", "Ola Dahl", ""}},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}, {
		name:      "a phone call naming three states stays a call",
		published: "2026-06-24",
		text:      "The ministers of Chile, Peru and Bolivia held phone talks on Monday.",
		ents:      []ent{country("CL", "Chile"), country("PE", "Peru"), country("BO", "Bolivia")},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}})
}
