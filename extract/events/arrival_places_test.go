package events

import "testing"

// TestArrivalPlaces covers where a group of a contingent lands: the
// airport or base it "arrived at" or "landed at" is its place, and a
// ", which" clause about the unit ("which has served in Goma for a year")
// tells where it was before, not where it arrives.
func TestArrivalPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a which clause about the unit before the arrival",
		published: "2025-06-07",
		text:      "The first group of 180 soldiers of the Malawian battalion, which has served with MONUSCO in Goma for a year, arrived at Kamuzu International Airport on Friday.",
		ents:      []ent{country("MW", "Malawian"), loc("Goma"), loc("Kamuzu International Airport")},
		want:      []want{{"deployment", "2025-06-06", "Kamuzu International Airport", "-", ""}},
		not:       []want{{"deployment", "*", "Goma", "-", ""}},
	}, {
		name:      "a batch landing at an airport by chartered plane",
		published: "2025-06-07",
		text:      "The second batch of the 9th Ghanaian peacekeeping battalion landed at Kotoka International Airport by chartered plane on Friday.",
		ents:      []ent{country("GH", "Ghanaian"), loc("Kotoka International Airport")},
		want:      []want{{"deployment", "2025-06-06", "Kotoka International Airport", "-", ""}},
	}, {
		name:      "a send-off at a venue is still not where troops go",
		published: "2025-06-07",
		text:      "The 12th Zambian peacekeeping battalion left for Bangui on Friday after a send-off at Arakan Barracks.",
		ents:      []ent{country("ZM", "Zambian"), loc("Bangui"), loc("Arakan Barracks")},
		want:      []want{{"deployment", "2025-06-06", "Bangui", "-", ""}},
		not:       []want{{"deployment", "*", "Arakan Barracks", "-", ""}},
	}})
}
