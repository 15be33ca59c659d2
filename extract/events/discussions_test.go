package events

import "testing"

// TestDiscussions covers talks told as "discussions": "held bilateral
// discussions with X" after another meeting verb is a meeting of its own
// with that counterpart.
func TestDiscussions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a call on one chief and discussions with another are two meetings",
		published: "2025-06-17",
		text:      "On arrival in Canberra on 16 June, the Admiral called on the Chief of the Defence Force, Admiral Paul Kerr, and held bilateral discussions with the Chief of Navy, Vice Admiral Tom Reid, on training.",
		ents:      []ent{person("Paul Kerr", "AU"), person("Tom Reid", "AU"), loc("Canberra")},
		want:      []want{{"meeting", "2025-06-16", "*", "Paul Kerr", ""}, {"meeting", "2025-06-16", "*", "Tom Reid", ""}},
		count:     2,
	}, {
		name:      "discussions between two chiefs",
		published: "2025-06-17",
		text:      "Discussions between General Ali Raza and General Omar Farid covered border security.",
		ents:      []ent{person("Ali Raza", "PK"), person("Omar Farid", "AF")},
		want:      []want{{"meeting", "*", "*", "Omar Farid", ""}},
	}})
}
