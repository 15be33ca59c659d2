package events

import "testing"

// TestCeremonyTourStops covers a body toured in the same sentence as a
// wreath-laying, after it ("and visited the X Academy") or before it
// ("toured the X Academy and laid flowers"): another stop of the trip,
// not an actor of the ceremony.
func TestCeremonyTourStops(t *testing.T) {
	ents := []ent{person("Ivo Raic", "HR"), orgOf("Military Academy", "HU"), loc("Heroes' Square")}
	runClassCases(t, []classCase{{
		name:      "a body visited after the wreath",
		published: "2026-05-06",
		text:      "Croatian Defence Minister Ivo Raic laid a wreath at Heroes' Square on Tuesday and visited the Military Academy.",
		ents:      ents,
		want:      []want{{"ceremony", "*", "*", "Ivo Raic", ""}},
		not:       []want{{"ceremony", "*", "*", "Military Academy", ""}},
	}, {
		name:      "a body toured before the flowers",
		published: "2026-05-06",
		text:      "On Tuesday, Croatian Defence Minister Ivo Raic toured the Military Academy and laid flowers at Heroes' Square.",
		ents:      ents,
		want:      []want{{"ceremony", "*", "*", "Ivo Raic", ""}},
		not:       []want{{"ceremony", "*", "*", "Military Academy", ""}},
	}})
}
