package events

import "testing"

// TestNamedCeremoniesAndWork covers a ceremony whose name is an
// organisation's and ends in its trigger ("the International Fleet
// Review"), a hand-over told in the passive ("was handed over in Subic
// Bay in April"), and a delegation that "worked with" a command (talks).
func TestNamedCeremoniesAndWork(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a fleet review named as an organisation",
		published: "2025-02-05",
		text:      "The fourth Harbour Dialogue and the International Fleet Review will also be held in Karachi on February 9 and 11.",
		ents:      []ent{org("International Fleet Review"), org("Harbour Dialogue"), loc("Karachi")},
		want:      []want{{"ceremony", "*", "*", "-", ""}},
	}, {
		name:      "a forum's name ending in meeting is still no meeting",
		published: "2025-02-05",
		text:      "The ASEAN Defence Ministers' Meeting will discuss maritime security.",
		ents:      []ent{org("ASEAN Defence Ministers' Meeting")},
		not:       []want{{"meeting", "*", "*", "-", ""}, {"ceremony", "*", "*", "-", ""}},
	}, {
		name:      "a radar handed over in the passive",
		published: "2025-07-01",
		text:      "Teodoro thanked Japan for the radar systems, the first of which was handed over in Subic Bay in April.",
		ents:      []ent{loc("Subic Bay"), country("JP", "Japan")},
		want:      []want{{"ceremony", "2025-04", "*", "-", ""}},
	}, {
		name:      "a delegation worked with a command",
		published: "2025-03-12",
		text:      "The delegation had earlier worked with the Border Guard Command in Hanoi.",
		ents:      []ent{org("Border Guard Command"), loc("Hanoi")},
		want:      []want{{"meeting", "*", "*", "-", ""}},
	}})
}
