package events

import "testing"

// TestCallPositions covers positions stated in a phone or video call: the
// call joins two places and happens in neither, so the statement made in
// it takes no place from the dateline or the story; one stated at talks
// held in person keeps the place of those talks.
func TestCallPositions(t *testing.T) {
	ents := []ent{country("JP", "Japan"), country("AU", "Australia"), person("Aiko Mori", "JP"), person("Ben Hale", "AU"),
		loc("TOKYO"), loc("Tokyo")}
	runClassCases(t, []classCase{{
		name:      "opposition to coercion in a call told after the lead",
		published: "2026-07-09",
		text:      "Japan, Australia defence chiefs hold phone talks\n\nTOKYO, July 9 (Kyodo) -- Defence Minister Aiko Mori and his Australian counterpart Ben Hale held phone talks on Wednesday, the ministry said.\n\nIn the 40-minute call, the two ministers expressed strong opposition to any attempt to change the status quo by force or coercion.",
		ents:      ents,
		want:      []want{{"meeting", "2026-07-08", "", "Ben Hale", "main"}, {"statement", "2026-07-08", "", "Ben Hale", "reported"}},
	}, {
		name:      "disputes to be settled peacefully, agreed over the telephone",
		published: "2026-07-09",
		text:      "Japanese, Australian ministers speak by telephone\n\nTOKYO - Defence Minister Aiko Mori spoke by telephone with Ben Hale on Wednesday. During the conversation, both ministers agreed that disputes must be settled peacefully in accordance with international law.",
		ents:      ents,
		want:      []want{{"statement", "2026-07-08", "", "Ben Hale", "reported"}},
	}, {
		name:      "a position agreed at talks in person keeps their place",
		published: "2026-07-09",
		text:      "Japanese, Australian ministers hold talks in Tokyo\n\nTOKYO - Defence Minister Aiko Mori held talks with Ben Hale in Tokyo on Wednesday. The two ministers agreed that disputes must be settled peacefully in accordance with international law.",
		ents:      ents,
		want:      []want{{"statement", "2026-07-08", "Tokyo", "Ben Hale", "reported"}},
	}})
}
