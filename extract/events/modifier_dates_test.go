package events

import "testing"

// TestModifierDates covers dates that belong to a modifier of another noun
// and never date the event of the sentence: a relative clause ("the
// committee, which last met in 2019, ..."), a participle ("the memorandum
// signed in 2011", "the jets ordered in 2022"); and the reverse, a
// relative clause that tells of the trigger's own name.
func TestModifierDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a participle's date is the act's, not the reception's",
		published: "2025-07-09",
		text:      "On Tuesday, Anton Berg received Colonel Ivo Lind and thanked him for his work on the memorandum signed in 2012.",
		ents:      []ent{person("Anton Berg", "SE"), person("Ivo Lind", "EE")},
		want:      []want{{"meeting", "2025-07-08", "*", "Ivo Lind", ""}},
		not:       []want{{"meeting", "2012", "*", "-", ""}},
	}, {
		name:      "jets ordered in a year do not date the talks",
		published: "2025-05-29",
		text:      "Receiving Marta Nowak in Warsaw, Jan Kowal said the first of the 32 jets ordered in 2021 would arrive next year.",
		ents:      []ent{person("Marta Nowak", "CZ"), person("Jan Kowal", "PL"), loc("Warsaw")},
		not:       []want{{"meeting", "2021", "*", "-", ""}},
	}, {
		name:      "a relative clause's date dates what the clause tells",
		published: "",
		text:      "The two ministers agreed to revive the Joint Defence Committee, which last met in Lima in 2018, and to hold talks in Quito.",
		ents:      []ent{org("Joint Defence Committee"), loc("Lima"), loc("Quito")},
		not:       []want{{"meeting", "2018", "*", "-", ""}},
	}, {
		name:      "a relative clause about the exercise's own name dates it",
		published: "2025-11-02",
		text:      "He recalled the multinational exercise Desert Star 2025, which Jordan hosted in September 2025.",
		ents:      []ent{country("JO", "Jordan")},
		want:      []want{{"exercise", "2025-09", "*", "-", ""}},
	}, {
		name:      "the verb after an exercise's name is its own",
		published: "2025-02-26",
		text:      "Exercise Iron Falcon 2025 opened at Kalamata on February 25.",
		ents:      []ent{loc("Kalamata")},
		want:      []want{{"exercise", "2025-02-25", "*", "-", ""}},
	}})
}

// TestSameDayOccasions covers a second occasion of the same day ("the
// same afternoon", "that evening"), a group received together, and a unit
// arriving in its mission area.
func TestSameDayOccasions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the same afternoon another reception: two meetings of one day",
		published: "2025-07-09",
		text: "Anton Berg met six newly-appointed defence attachés in Stockholm on July 8.\n" +
			"The same afternoon, Berg received the outgoing Finnish attaché, Colonel Ville Koski.",
		ents: []ent{person("Anton Berg", "SE", "Anton Berg", "Berg"), person("Ville Koski", "FI"), loc("Stockholm")},
		want: []want{
			{"meeting", "2025-07-08", "*", "Anton Berg", "main"},
			{"meeting", "2025-07-08", "*", "Ville Koski", "reported"},
		},
	}, {
		name:      "a battalion arriving in the mission area is deployed",
		published: "2025-03-14",
		text:      "The battalion, which includes 40 women, arrived in the mission area in two groups last June.",
		want:      []want{{"deployment", "2024-06", "*", "-", ""}},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}})
}

// TestLeadAfterDateline covers a dateline written as a sentence of its own
// ("MOSCOW, June 18. /TASS/."), after which the story's first sentence is
// still the lead, and a lead event dated years back, which is recalled.
func TestLeadAfterDateline(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the sentence after a dateline sentence is the lead",
		published: "2025-06-18",
		text: "Russia, Laos hold staff talks\n" +
			"VIENTIANE, June 18. /TASS/.\n" +
			"Yuri Orlov and Khamla Vong co-chaired the third round of staff consultations in Vientiane on Wednesday.",
		ents: []ent{person("Yuri Orlov", "RU"), person("Khamla Vong", "LA"), loc("Vientiane", "VIENTIANE", "Vientiane")},
		want: []want{{"dialogue", "2025-06-18", "*", "Khamla Vong", "main"}},
	}, {
		name:      "discussed plans for next year: the year is the topic's",
		published: "2025-06-18",
		text: "Yuri Orlov received Khamla Vong in Moscow.\n" +
			"During the talks, the sides discussed preparations for joint drills in the coming year.",
		ents: []ent{person("Yuri Orlov", "RU"), person("Khamla Vong", "LA"), loc("Moscow")},
		not:  []want{{"meeting", "2026", "*", "-", ""}},
	}})
}

// TestStoryAnchors covers what a story's later sentences anchor on: "the
// same day" on the last event dated to a day (not on a drill "in July"),
// officials named by their countries who met, told with their names in
// the next sentence, and a dateline cut at an abbreviation ("SEOUL, Sept.").
func TestStoryAnchors(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "earlier the same day anchors on a day, not on a month",
		published: "2025-09-12",
		text: "Ana Ruiz and Ken Mori held talks in Lima on September 11.\n" +
			"They welcomed the deployment of fighters for the air exercise in July.\n" +
			"Earlier the same day, Ken Mori called on President Luis Vega.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "JP"), person("Luis Vega", "PE"), loc("Lima")},
		want: []want{{"meeting", "2025-09-11", "*", "Luis Vega", ""}},
	}, {
		name:      "ministers named by their countries met; the next sentence names them",
		published: "2025-09-10",
		text: "Korea, Peru agree to expand training ties\n" +
			"SEOUL, Sept.\n" +
			"10 (Yonhap) -- The defense ministers of Korea and Peru met in Seoul on Wednesday.\n" +
			"Ken Mori and Ana Ruiz held the talks at the ministry compound.",
		ents:  []ent{person("Ken Mori", "KR"), person("Ana Ruiz", "PE"), loc("Seoul"), country("KR", "Korea"), country("PE", "Peru")},
		want:  []want{{"meeting", "2025-09-10", "*", "Ana Ruiz", "main"}},
		count: 1,
	}})
}

// TestDatelineDates covers the date of a dateline ("JAKARTA, Sept 24
// (Antara) -"), the day the story was filed: another date of the sentence
// dates its event first.
func TestDatelineDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the weekday of the event before the dateline's day",
		published: "2025-09-24",
		text:      "JAKARTA, Sept 24 (Antara) - Defence Minister Ana Ruiz held phone talks with Ken Mori on Tuesday evening.",
		ents:      []ent{person("Ana Ruiz", "ID"), person("Ken Mori", "SA"), loc("Jakarta", "JAKARTA")},
		want:      []want{{"meeting", "2025-09-23", "*", "Ken Mori", ""}},
	}})
}

// TestHorizonYears covers a year a plan is for ("a plan of cooperation
// for 2026"): a horizon, not the date of the signing or the talks.
func TestHorizonYears(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a plan for a year is signed on the day told before",
		published: "2025-05-06",
		text: "The chiefs of staff Ana Ruiz and Ken Mori opened the joint exercise at Otar on May 5.\n" +
			"On the sidelines of the opening, the two generals held talks and signed a plan of military cooperation for 2026.",
		ents: []ent{person("Ana Ruiz", "KZ"), person("Ken Mori", "UZ"), loc("Otar")},
		not:  []want{{"agreement", "2026", "*", "-", ""}, {"meeting", "2026", "*", "-", ""}},
	}})
}
