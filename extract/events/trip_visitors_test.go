package events

import "testing"

// TestTripVisitors covers visits to units and sites inside a foreign
// trip: a later visit whose subject refers back ("He will also visit",
// "the guests visited", "the visiting chief") is made by the trip's
// visitor, not by the person named last.
func TestTripVisitors(t *testing.T) {
	base := []ent{
		person("Rajesh Kumar Singh", "IN"), person("Maria Santos", "PH"),
		country("IN", "Indian"), country("PH", "Philippines"), loc("Manila"), loc("Subic Bay Naval Base"),
	}
	runClassCases(t, []classCase{{
		name:      "he, after a host was named",
		published: "2026-02-17",
		text: "Indian Defence Secretary Rajesh Kumar Singh arrived in Manila on Monday for a three-day visit to the Philippines. " +
			"He was received by Undersecretary Maria Santos. " +
			"He will also visit Subic Bay Naval Base on February 18.",
		ents: base,
		want: []want{{"visit", "2026-02-18", "*", "Rajesh Kumar Singh", ""}},
		not:  []want{{"visit", "2026-02-18", "*", "Maria Santos", ""}},
	}, {
		name:      "the guests, after an opening phrase",
		published: "2026-02-17",
		text: "Indian Defence Secretary Rajesh Kumar Singh arrived in Manila on Monday for a three-day visit to the Philippines. " +
			"He held talks with Undersecretary Maria Santos. " +
			"On February 18, the guests visited Subic Bay Naval Base.",
		ents: base,
		want: []want{{"visit", "2026-02-18", "*", "Rajesh Kumar Singh", ""}},
	}, {
		name:      "a visit with its own named visitor keeps it",
		published: "2026-02-17",
		text: "Indian Defence Secretary Rajesh Kumar Singh arrived in Manila on Monday for a three-day visit to the Philippines. " +
			"Undersecretary Maria Santos visited Subic Bay Naval Base on February 18.",
		ents: base,
		want: []want{{"visit", "2026-02-18", "*", "Maria Santos", ""}},
	}})
}
