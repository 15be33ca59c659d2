package events

import "testing"

// TestDeploymentDestinations covers where a deployment goes when its
// sentence names no place "in" or "at": the place or country after "to"
// or "for" in its clause. A unit coming home goes to no mission area.
func TestDeploymentDestinations(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a team sent to a country goes there",
		published: "2025-04-01",
		text:      "The Ruritanian Armed Forces today dispatched a 40-member disaster relief team to Myanmar after the earthquake.",
		ents:      []ent{org("Ruritanian Armed Forces"), country("MM", "Myanmar")},
		want:      []want{{"deployment", "*", "MM", "-", ""}},
	}, {
		name:      "peacekeepers deployed to a region in a recalled year go there",
		published: "2025-11-17",
		text:      "Estonia first sent peacekeepers abroad in 1995, when a platoon deployed to Darfur under the African Union.",
		ents:      []ent{country("EE", "Estonia"), loc("Darfur")},
		want:      []want{{"deployment", "*", "Darfur", "-", ""}},
	}, {
		// a homecoming happens where the unit lands (the place convention
		// in place.go), not where it served
		name:      "a unit flying home is placed at the airport it lands at, not in its mission area",
		published: "2025-04-09",
		text:      "The contingent returned home from Darfur on a chartered flight to Tallinn Airport after a year with the mission.",
		ents:      []ent{loc("Tallinn Airport"), loc("Darfur")},
		want:      []want{{"deployment", "*", "Tallinn Airport", "-", ""}},
		not:       []want{{"deployment", "*", "Darfur", "-", ""}},
	}})
}
