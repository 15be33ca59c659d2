package events

import "testing"

// TestBlueHelmetDepartures covers peacekeepers called "blue helmets"
// setting out for their mission, told in the send-off ceremony's
// sentence: the ceremony and the departure are two events.
func TestBlueHelmetDepartures(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "blue helmets who left for the mission at a send-off",
		published: "2026-06-08",
		text:      "Prime Minister Hun Manet presided over a send-off ceremony on Monday for 184 Cambodian blue helmets who left Phnom Penh International Airport for southern Lebanon the same day.",
		ents:      []ent{person("Hun Manet", "KH"), loc("Phnom Penh International Airport"), loc("Lebanon")},
		want: []want{
			{"ceremony", "2026-06-08", "*", "Hun Manet", "main"},
			{"deployment", "2026-06-08", "*", "-", "main"},
		},
	}, {
		name:      "a helmet that left for a museum is no deployment",
		published: "2026-06-08",
		text:      "The old helmets left the depot for the army museum on Monday.",
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}})
}
