package events

import "testing"

// TestVisitorDestinations covers a visit noun whose visitor is named
// before its destination ("the visit of President X to New Delhi", "a
// visit by the Chief of Army to Canberra"): the place is the destination.
func TestVisitorDestinations(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the visit of a president to a capital, recalled",
		published: "2026-02-04",
		text:      "The two countries signed an action plan on hydrography during the visit of President Ahmed Nasir to New Delhi in October 2024.",
		ents:      []ent{person("Ahmed Nasir", "MV"), loc("New Delhi")},
		want:      []want{{"visit", "2024-10", "New Delhi", "Ahmed Nasir", ""}},
	}, {
		name:      "a visit by a chief",
		published: "2026-05-10",
		text:      "The talks prepared the ground for a visit by the Chief of Army Lieutenant General Simon Stuart to Canberra in June.",
		ents:      []ent{person("Simon Stuart", "AU"), loc("Canberra")},
		want:      []want{{"visit", "*", "Canberra", "Simon Stuart", ""}},
	}, {
		name:      "a demonym of the visitor is not the destination",
		published: "2026-02-04",
		text:      "The two countries signed an action plan on hydrography during the visit of Maldivian President Ahmed Nasir to New Delhi in October 2024.",
		ents:      []ent{person("Ahmed Nasir", "MV"), country("MV", "Maldivian"), loc("New Delhi")},
		want:      []want{{"visit", "2024-10", "New Delhi", "Ahmed Nasir", ""}},
	}})
}
