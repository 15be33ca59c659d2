package events

import "testing"

// TestConferenceHosts covers two conferences named in one sentence and
// the body that hosts them ("both hosted by the Navy"): two events, each
// with the host as a party.
func TestConferenceHosts(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two named conferences hosted by one body",
		published: "2025-11-18",
		text:      "The 5th Regional Maritime Conference and the 2nd Coastal Survey Seminar, both hosted by the Fijian Navy, are being held in Suva from November 17 to 19.",
		ents:      []ent{org("Fijian Navy"), loc("Suva")},
		want:      []want{{"conference", "2025-11-17/2025-11-19", "Suva", "Fijian Navy", ""}},
		count:     2,
	}, {
		name:      "a conference organised by a ministry",
		published: "2025-11-18",
		text:      "A seminar on military medicine organised by the Ministry of Defence opened in Suva on Tuesday.",
		ents:      []ent{org("Ministry of Defence"), loc("Suva")},
		want:      []want{{"conference", "*", "*", "Ministry of Defence", ""}},
	}})
}
