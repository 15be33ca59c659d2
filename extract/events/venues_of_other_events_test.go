package events

import "testing"

// TestVenuesOfOtherEvents covers a venue named right after another kind
// of event in the opening sentences ("held bilateral talks at the
// headquarters in Manila"): it is that event's, not the scene of the
// article's exercise, which keeps the place its own clause names.
func TestVenuesOfOtherEvents(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks at a headquarters after a drill off a coast",
		published: "2026-06-01",
		text: "The Philippine Coast Guard held a trilateral maritime exercise with the Japan Coast Guard off the coast of the province of Bataan. " +
			"On Sunday, Admiral Ramon Cruz and Hideo Sato held bilateral talks at the Coast Guard headquarters in Manila.",
		ents: []ent{org("Philippine Coast Guard"), org("Japan Coast Guard"), loc("Bataan"), loc("Manila"),
			person("Ramon Cruz", "PH"), person("Hideo Sato", "JP")},
		want: []want{{"exercise", "*", "Bataan", "-", ""}, {"meeting", "*", "Manila", "Hideo Sato", ""}},
	}, {
		name:      "a drill and a dinner at a hotel",
		published: "2026-09-14",
		text: "Navies of Malaysia and Thailand began a joint exercise in the waters off Langkawi on Monday. " +
			"The two chiefs hosted a dinner at the Meritus Hotel in the evening.",
		ents: []ent{loc("Langkawi"), loc("Meritus Hotel")},
		want: []want{{"exercise", "*", "Langkawi", "-", ""}},
	}})
}
