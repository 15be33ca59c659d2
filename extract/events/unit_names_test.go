package events

import "testing"

// TestUnitNames covers unit names whose number is hyphened to the unit
// word ("Battalion-20"): the parts of its rotation are that unit's.
func TestUnitNames(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a hyphened rotation number still names a unit",
		published: "2025-11-04",
		text: "Peru deployed the Peruvian Battalion-7 to the UN peacekeeping mission in the Central African Republic on November 3.\n" +
			"Its second flight, carrying 120 troops, will leave for Bangui on November 6.",
		ents: []ent{country("PE", "Peru"), orgOf("Peruvian Battalion-7", "PE"), loc("Bangui"), country("CF", "Central African Republic")},
		want: []want{{"deployment", "2025-11-06", "*", "Peruvian Battalion-7", ""}},
	}})
}
