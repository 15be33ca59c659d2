package events

import "testing"

// TestCoordinatedPatrols covers a coordinated patrol of two navies: its
// launch is an exercise, as a joint patrol's is; a schedule of coordinated
// patrols written into minutes is no patrol held.
func TestCoordinatedPatrols(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two navies launched a numbered series of a coordinated patrol",
		published: "2027-02-09",
		text:      "The Royal Thai Navy and the Myanmar Navy today launched the 31st series of the Thai-Myanmar Coordinated Patrol in the Andaman Sea.",
		ents:      []ent{org("Royal Thai Navy"), org("Myanmar Navy"), loc("Andaman Sea")},
		want:      []want{{"exercise", "2027-02-09", "Andaman Sea", "Royal Thai Navy", "main"}},
	}, {
		name:      "a coordinated maritime patrol began in a port",
		published: "2027-02-09",
		text:      "A coordinated patrol of the Nigerian Navy and the Beninese Navy began in Lagos on Monday.",
		ents:      []ent{org("Nigerian Navy"), org("Beninese Navy"), loc("Lagos")},
		want:      []want{{"exercise", "2027-02-08", "*", "Nigerian Navy", "main"}},
	}, {
		name:      "near miss: a schedule of coordinated patrols in the minutes",
		published: "2027-02-09",
		text:      "The commanders signed the minutes of the meeting, which include a schedule of coordinated patrols on the border river.",
		ents:      nil,
		not:       []want{{"exercise", "*", "*", "*", ""}},
	}})
}
