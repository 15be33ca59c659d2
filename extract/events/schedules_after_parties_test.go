package events

import "testing"

// TestSchedulesAfterParties covers a planned event whose parties are
// named between its trigger and its schedule: "discussed a first exercise
// between the Navy of A and the Navy of B, to be held off X later this
// year" is an exercise planned with a time of its own, not a topic only.
func TestSchedulesAfterParties(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an exercise between two navies, to be held",
		published: "2027-03-03",
		text:      "The minister also discussed with his guest a plan for a first goodwill exercise between the Royal New Zealand Navy and the Fiji Navy, to be held off Suva later this year.",
		ents:      []ent{org("Royal New Zealand Navy"), org("Fiji Navy"), loc("Suva")},
		want:      []want{{"exercise", "2027", "Suva", "Fiji Navy", ""}},
	}, {
		name:      "a drill with a named navy, to be held",
		published: "2027-03-03",
		text:      "They reviewed preparations for a search and rescue drill with the Royal Brunei Navy and the Philippine Navy, to be held in Muara in June.",
		ents:      []ent{org("Royal Brunei Navy"), org("Philippine Navy"), loc("Muara")},
		want:      []want{{"exercise", "2027-06", "Muara", "Philippine Navy", ""}},
	}, {
		name:      "an exercise discussed as a topic, with no schedule",
		published: "2027-03-03",
		text:      "The ministers discussed joint exercises between the Royal New Zealand Navy and the Fiji Navy and the training of officers.",
		ents:      []ent{org("Royal New Zealand Navy"), org("Fiji Navy")},
		not:       []want{{"exercise", "*", "*", "*", ""}},
	}})
}
