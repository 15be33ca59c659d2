package events

import (
	"testing"

	"attache"
)

// TestHomecomingStates covers a unit coming home told with no place of
// arrival: it goes to the state its unit or officer serves, or to the
// story's own state, never to another state named near it (the mission
// area it leaves, a partner it served beside).
func TestHomecomingStates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a contingent in a mission area returns home",
		published: "2026-05-12",
		text:      "SEOUL, May 12 - The 32nd rotation of the Dongmyeong Unit left for Tyre on Thursday.\n\nIts 31st rotation, South Korea's contingent in Lebanon since November, will return home on May 20.",
		ents:      []ent{loc("SEOUL"), org("Dongmyeong Unit"), loc("Tyre"), country("KR", "South Korea"), country("LB", "Lebanon")},
		want:      []want{{"deployment", "2026-05-20", "KR", "Dongmyeong Unit", ""}},
		not:       []want{{"deployment", "*", "LB", "-", ""}},
	}, {
		name:      "a battalion relieved beside a partner's force",
		published: "2026-03-14",
		text:      "KIGALI, March 14 - Rwanbatt-8, which served beside a Kenyan battalion in Malakal, will return home by April 2.",
		ents:      []ent{loc("KIGALI"), {attache.Organization, "Rwanbatt-8", "RW", nil}, country("KE", "Kenyan"), loc("Malakal")},
		not:       []want{{"deployment", "*", "KE", "-", ""}},
	}})
}
