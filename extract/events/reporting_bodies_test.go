package events

import (
	"testing"

	"attache"
)

// TestReportingBodies covers a body named after the trigger only as the
// source of the report ("..., the Joint Chiefs of Staff said", "according
// to the ministry"): it tells of the event and takes no part in it, for
// every type, not only for ceremonies.
func TestReportingBodies(t *testing.T) {
	ents := []ent{ent{attache.Organization, "Joint Staff Office", "KR", []string{"JSO"}}, orgOf("Hanul unit", "KR"), country("LB", "Lebanon"), country("KR", "South Korea")}
	runClassCases(t, []classCase{{
		name:      "a rotation leaving, the staff said",
		published: "2026-02-02",
		text:      "SEOUL, Feb. 2 -- A new rotation of South Korea's Hanul unit left for Lebanon on Monday to join the U.N. peacekeeping mission there, the Joint Staff Office (JSO) said.",
		ents:      ents,
		want:      []want{{"deployment", "*", "*", "Hanul unit", ""}},
		not:       []want{{"deployment", "*", "*", "Joint Staff Office", ""}},
	}, {
		name:      "a rotation leaving, according to the staff",
		published: "2026-02-02",
		text:      "The defence ministry sent off the 34th rotation of the Hanul unit, which will leave for Lebanon on Feb. 9, the Joint Staff Office reported.",
		ents:      ents,
		want:      []want{{"deployment", "*", "*", "Hanul unit", ""}},
		not:       []want{{"deployment", "*", "*", "Joint Staff Office", ""}},
	}})
}
