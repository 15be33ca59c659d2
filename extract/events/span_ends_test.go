package events

import "testing"

// TestSpanEnds covers trips whose length is given with the day they end:
// "on a six-day visit to Malaysia until Saturday" runs the six days up to
// that Saturday, still ahead at publication.
func TestSpanEnds(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a six-day visit until Saturday",
		published: "2025-05-22",
		text:      "General Tariq Aziz, who is leading a delegation on a six-day visit to Malaysia until Saturday, also held talks with Admiral Rahman Ali.",
		ents:      []ent{person("Tariq Aziz", "PK"), person("Rahman Ali", "MY"), country("MY", "Malaysia")},
		want:      []want{{"visit", "2025-05-19/2025-05-24", "*", "Tariq Aziz", ""}},
	}, {
		name:      "a four-day visit that ends on Thursday",
		published: "2025-10-21",
		text:      "Defence Minister Aziz Khan, on a four-day visit to Türkiye that ends on Thursday, toured a shipyard in Istanbul.",
		ents:      []ent{person("Aziz Khan", "MY"), country("TR", "Türkiye"), loc("Istanbul")},
		want:      []want{{"visit", "2025-10-20/2025-10-23", "*", "Aziz Khan", ""}},
	}})
}
