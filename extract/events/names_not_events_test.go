package events

import "testing"

// TestNamesNotEvents covers trigger words inside names that tell no event:
// "the Visiting Forces Agreement" (no visit), a partnership only named, a
// show whose name holds "Forum" or "Conference" (an expo, not a
// conference), a forum's name before "exhibition".
func TestNamesNotEvents(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the Visiting Forces Agreement is no visit",
		published: "2025-04-15",
		text:      "It is the third such pact after the Visiting Forces Agreement with Japan in 2019.",
		ents:      []ent{country("JP", "Japan")},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "a partnership only named is no agreement",
		published: "2025-04-15",
		text:      "The visit aims to deepen ties under the Comprehensive Strategic Partnership between Peru and Chile.",
		ents:      []ent{country("PE", "Peru"), country("CL", "Chile")},
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "a partnership set up in a year is an agreement",
		published: "2025-04-15",
		text:      "Defence is a pillar of the Comprehensive Strategic Partnership set up by Peru and Chile in 2018.",
		ents:      []ent{country("PE", "Peru"), country("CL", "Chile")},
		want:      []want{{"agreement", "2018", "*", "-", "background"}},
	}, {
		name:      "an expo and forum is an exhibition",
		published: "2025-04-15",
		text:      "He invited the minister to take part in the Andes Defence 2025 Expo and Forum in Lima on June 11-14.",
		ents:      []ent{loc("Lima")},
		want:      []want{{"exhibition", "2025-06-11/2025-06-14", "*", "-", ""}},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}})
}

// TestNotYetEvents covers what is only offered or named: a visit one is
// invited to make, an exercise named "Accord", a contract completed after
// its signing (no second signing).
func TestNotYetEvents(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a visit one is invited to make is no visit",
		published: "2025-10-16",
		text:      "Ana Ruiz invited Ken Mori to visit Peru at a mutually convenient time.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "JP"), country("PE", "Peru")},
		want:      []want{{"invitation", "*", "*", "Ana Ruiz", ""}},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "an exercise named Accord is no pact",
		published: "2025-02-25",
		text:      "Kenyan and US troops opened Exercise Southern Accord in Isiolo on Monday.",
		ents:      []ent{loc("Isiolo")},
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "a contract signed and completed is one signing",
		published: "2025-05-28",
		text:      "Lima bought 24 jets under a contract signed in February 2021 and completed in January 2024.",
		want:      []want{{"agreement", "2021-02", "*", "-", "background"}},
		not:       []want{{"agreement", "2024-01", "*", "-", ""}},
	}})
}

// TestVisitingGuests covers "the visiting chief" and "a visiting
// delegation": the guest named by his trip, no visit of its own.
func TestVisitingGuests(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the visiting chief laid a wreath: a ceremony, no second visit",
		published: "2025-06-05",
		text:      "On Tuesday, the visiting chief also laid a wreath at the national memorial.",
		want:      []want{{"ceremony", "2025-06-03", "*", "-", ""}},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}})
}

// TestDrillsAsPolicy covers drills to be stepped up or held more often: a
// policy agreed, no exercise.
func TestDrillsAsPolicy(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "agreeing to step up joint drills is no exercise",
		published: "2025-07-24",
		text:      "Peru, Chile defense chiefs agree by phone to step up joint drills",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "agreeing to hold more exercises is no exercise",
		published: "2025-07-24",
		text:      "Both sides agreed to hold more bilateral exercises between the two navies.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}})
}

// TestTopicsAndCalls covers drills named as a topic of talks ("covered
// training, joint exercises and ...") and a video conference call, which
// is a meeting, not a conference.
func TestTopicsAndCalls(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "joint exercises as a topic are no exercise",
		published: "2025-05-06",
		text:      "The committee signed the minutes of its meeting, which covered training, joint exercises and defence industries.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "a video conference between two ministers is a call",
		published: "2025-05-23",
		text:      "Minister Ana Ruiz spoke by video conference on Thursday with her counterpart Ken Mori.",
		ents:      []ent{person("Ana Ruiz", "NL"), person("Ken Mori", "JP")},
		want:      []want{{"meeting", "2025-05-22", "*", "Ken Mori", ""}},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}})
}

// TestCallsAsHabit covers calls kept up as a habit: a policy agreed, no
// meeting.
func TestCallsAsHabit(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "agreeing to maintain regular phone calls is no call",
		published: "2025-07-24",
		text:      "The two ministers agreed to maintain regular phone calls between their deputies.",
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}})
}
