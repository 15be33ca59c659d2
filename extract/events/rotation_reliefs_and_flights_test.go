package events

import "testing"

// TestRotationReliefsAndFlights covers a rotation told by the unit it
// relieves ("was relieved by", "will relieve their counterparts") and a
// contingent flying out with the city it leaves between the verb and the
// destination ("will fly from Almaty to Beirut").
func TestRotationReliefsAndFlights(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a battalion relieved by the next rotation",
		published: "2026-06-14",
		text:      "On May 30, the battalion was relieved by GHANBATT 99, a contingent of 868 troops.",
		ents:      []ent{org("GHANBATT 99")},
		want:      []want{{"deployment", "2026-05-30", "*", "GHANBATT 99", ""}},
	}, {
		name:      "the unit relieved after the verb is not the one sent",
		published: "2026-06-14",
		text:      "Rwanda Battalion 4 will relieve Rwanda Battalion 3 in Malakal on May 30.",
		ents:      []ent{org("Rwanda Battalion 4"), org("Rwanda Battalion 3"), loc("Malakal")},
		want:      []want{{"deployment", "2026-05-30", "*", "Rwanda Battalion 4", ""}},
		not:       []want{{"deployment", "*", "*", "Rwanda Battalion 3", ""}},
	}, {
		name:      "a contingent leaving to relieve its counterparts",
		published: "2025-03-02",
		text:      "The engineers of the new contingent will relieve their counterparts in Bunia on March 10.",
		ents:      []ent{loc("Bunia")},
		want:      []want{{"deployment", "2025-03-10", "*", "-", ""}},
	}, {
		name:      "a contingent flying from its home city to the mission",
		published: "2025-06-25",
		text:      "The Kazakh peacekeeping contingent will fly from Almaty to Beirut on Saturday.",
		ents:      []ent{org("Kazakh peacekeeping contingent"), loc("Almaty"), loc("Beirut")},
		want:      []want{{"deployment", "2025-06-28", "*", "Kazakh peacekeeping contingent", ""}},
	}, {
		name:      "a minister flying from one city to another is no deployment",
		published: "2025-06-25",
		text:      "The minister will fly from Almaty to Astana on Saturday.",
		ents:      []ent{loc("Almaty"), loc("Astana")},
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}, {
		name:      "pain relieved is no deployment",
		published: "2025-06-25",
		text:      "The doctors relieved the pain of 300 patients.",
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}})
}
