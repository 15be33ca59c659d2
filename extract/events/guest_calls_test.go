package events

import "testing"

// TestGuestCalls covers calls whose subject is the article's guest named
// by what they are ("the visiting general", "the guests"): the persons of
// the trip make them, not only the host named in the sentence.
func TestGuestCalls(t *testing.T) {
	guest, host := person("Razak Osman", "MY"), person("Khairul Lampoh", "BN")
	other := person("Yusof Hamid", "BN")
	runClassCases(t, []classCase{{
		name:      "the visiting general called on",
		published: "2026-02-17",
		text: "General Razak Osman began a two-day official visit to Brunei on Monday. " +
			"Later in the day, the visiting general called on Major General Khairul Lampoh at Bolkiah Garrison.",
		ents: []ent{guest, host, country("BN", "Brunei"), loc("Bolkiah Garrison")},
		want: []want{{"meeting", "*", "*", "Razak Osman", ""}, {"meeting", "*", "*", "Khairul Lampoh", ""}},
	}, {
		name:      "the guests were received by",
		published: "2026-02-17",
		text: "General Razak Osman began a two-day official visit to Brunei on Monday. " +
			"On Tuesday, the Malaysian guests were received by Major General Khairul Lampoh at Bolkiah Garrison.",
		ents: []ent{guest, host, country("BN", "Brunei"), country("MY", "Malaysian"), loc("Bolkiah Garrison")},
		want: []want{{"meeting", "*", "*", "Razak Osman", ""}},
	}, {
		name:      "a host's own talks are not the guest's",
		published: "2026-02-17",
		text: "General Razak Osman began a two-day official visit to Brunei on Monday. " +
			"The Bruneian commander later received Colonel Yusof Hamid at Bolkiah Garrison.",
		ents: []ent{guest, host, other, country("BN", "Bruneian"), loc("Bolkiah Garrison")},
		not:  []want{{"meeting", "*", "*", "Razak Osman", ""}},
	}})
}
