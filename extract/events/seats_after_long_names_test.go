package events

import "testing"

// TestSeatsAfterLongNames covers a body's seat named after the rest of a
// long name ("at the Ministry of Defence and Veteran Affairs headquarters
// in Mbuya"): the town after the seat word is the place, not the
// dateline's city.
func TestSeatsAfterLongNames(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a ministry of two portfolios",
		published: "2026-06-04",
		text:      "KAMPALA - General Peter Atim on Thursday hosted General Daniel Mutua at the Ministry of Defence and Veteran Affairs headquarters in Mbuya.",
		ents:      []ent{person("Peter Atim", "UG"), person("Daniel Mutua", "KE"), org("Ministry of Defence"), loc("KAMPALA"), loc("Mbuya")},
		want:      []want{{"meeting", "2026-06-04", "Mbuya", "Daniel Mutua", ""}},
	}, {
		name:      "a ministry of home affairs and defence",
		published: "2026-02-10",
		text:      "WINDHOEK - Minister Anna Shikongo received Colonel Jan Berg at the Ministry of Safety and Security offices in Oshakati on Tuesday.",
		ents:      []ent{person("Anna Shikongo", "NA"), person("Jan Berg", "SE"), org("Ministry of Safety"), loc("WINDHOEK"), loc("Oshakati")},
		want:      []want{{"meeting", "2026-02-10", "Oshakati", "Jan Berg", ""}},
	}, {
		name:      "a short name keeps its seat",
		published: "2026-02-10",
		text:      "NAIROBI - The minister received General Ali Omar at the Defence Headquarters in Nairobi on Tuesday.",
		ents:      []ent{person("Ali Omar", "SO"), org("Defence Headquarters"), loc("NAIROBI")},
		want:      []want{{"meeting", "2026-02-10", "NAIROBI", "Ali Omar", ""}},
	}})
}
