package events

import "testing"

// TestPortCallsToldWithCall covers port calls told with "call at": a
// recalled call of a flotilla ("last called at Colombo in March 2024",
// "made a five-day call at the port of Havana"), and a count of calls,
// which retells the present one.
func TestPortCallsToldWithCall(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a flotilla last called at a port",
		published: "2026-01-12",
		text:      "A Turkish naval task group last called at Mombasa in March 2024.",
		ents:      []ent{country("TR", "Turkish"), loc("Mombasa")},
		want:      []want{{"visit", "2024-03", "Mombasa", "TR", ""}},
	}, {
		name:      "a call at the port of a city",
		published: "2026-01-12",
		text:      "Last year, a detachment of the Indian Navy made a four-day call at the port of Djibouti.",
		ents:      []ent{orgOf("Indian Navy", "IN"), loc("Djibouti")},
		want:      []want{{"visit", "2025", "*", "Indian Navy", ""}},
	}, {
		name:      "a count of calls is no visit of its own",
		published: "2026-01-12",
		text:      "It is the fourth time a French frigate has called at Vietnam since 2018.",
		ents:      []ent{country("VN", "Vietnam")},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}})
}
