package events

import "testing"

// TestDeparturesAfterSendOff covers a departure told with its send-off and
// dated by it, whose first flight the article dates later: one departure,
// on the flight's day. A departure told by its own verb and day keeps it.
func TestDeparturesAfterSendOff(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a farewell to troops bound for a mission, the first flight later",
		published: "2025-11-04",
		text:      "Army chief bids farewell to peacekeepers bound for Mali\n\nDHAKA, Nov 4 — Chief of Army Staff General Karim Ahmed on Tuesday bade farewell to the peacekeepers of Bangladesh Battalion-21, who are leaving for Mali to serve with the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA). The first flight of the battalion, carrying 180 troops, will leave for Bamako on Thursday.",
		ents:      []ent{loc("Dhaka", "DHAKA"), person("Karim Ahmed", "BD"), orgOf("Bangladesh Battalion-21", "BD"), country("ML", "Mali"), loc("Bamako")},
		want:      []want{{"deployment", "2025-11-06", "*", "Bangladesh Battalion-21", "main"}},
		not:       []want{{"deployment", "2025-11-04", "*", "-", ""}},
	}, {
		name:      "a send-off ahead of a deployment, the first group flying later",
		published: "2026-02-04",
		text:      "Peacekeepers bid farewell before leaving for Cyprus\n\nThe defence minister on Tuesday presided over the send-off of Task Force 70 ahead of its deployment to Cyprus. A first group of 120 troops will fly to Larnaca on February 10.",
		ents:      []ent{orgOf("Task Force 70", "AR"), country("CY", "Cyprus"), loc("Larnaca")},
		want:      []want{{"deployment", "2026-02-10", "Larnaca", "-", "main"}},
		not:       []want{{"deployment", "2026-02-03", "*", "-", ""}},
	}, {
		name:      "a first group that left on its day, seen off in the next sentence",
		published: "2026-05-13",
		text:      "The first group of the Kalidal Battalion left Tribhuvan International Airport for Lebanon on Tuesday. General Ram Thapa saw off the 283 peacekeepers of the Kalidal Battalion at a ceremony at the airport. The remaining soldiers of the Kalidal Battalion will leave on May 19.",
		ents:      []ent{orgOf("Kalidal Battalion", "NP"), loc("Tribhuvan International Airport"), country("LB", "Lebanon"), person("Ram Thapa", "NP")},
		want:      []want{{"deployment", "2026-05-12", "*", "Kalidal Battalion", ""}},
	}})
}
