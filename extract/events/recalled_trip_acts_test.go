package events

import "testing"

// TestRecalledTripActs covers acts of a recalled trip joined to it in one
// sentence ("visited Surabaya in January 2025 and held talks with X",
// "visited Manila in November 2024 for talks with X"): they happened in
// the trip's town, unless their own words name another.
func TestRecalledTripActs(t *testing.T) {
	lead := "General Budi Karta received General Ken Mori of Japan in Jakarta on Tuesday. "
	ents := []ent{person("Budi Karta", "ID"), person("Ken Mori", "JP"), person("Taro Abe", "JP"), person("Sari Dewi", "ID"),
		loc("Jakarta"), loc("Surabaya"), loc("Bali")}
	runClassCases(t, []classCase{{
		name:      "and held talks",
		published: "2026-02-04",
		text:      lead + "Minister Taro Abe visited Surabaya in January 2025 and held talks with Sari Dewi on maritime security.",
		ents:      ents,
		want:      []want{{"meeting", "2025-01", "Surabaya", "Sari Dewi", "background"}},
	}, {
		name:      "for talks",
		published: "2026-02-04",
		text:      lead + "Taro Abe visited Surabaya in January 2025 for talks with Sari Dewi.",
		ents:      ents,
		want:      []want{{"meeting", "2025-01", "Surabaya", "Sari Dewi", "background"}},
	}, {
		name:      "an act with a place of its own keeps it",
		published: "2026-02-04",
		text:      lead + "Taro Abe visited Surabaya in January 2025 and met Sari Dewi in Bali.",
		ents:      ents,
		want:      []want{{"meeting", "2025-01", "Bali", "Sari Dewi", "background"}},
	}})
}
