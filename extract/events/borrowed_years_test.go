package events

import "testing"

// TestBorrowedYears covers years that belong to another act than the
// event: a bare year of the sentence before ("the first since X in
// 2024"), a restrictive relative clause ("a partnership that began in
// 1971"), a clause opened by a preposition and "which" (", under which
// ... from next year"), and an event named as the object of a plan
// ("agreed in 2024 to widen the exercise"), the horizon of a plan ("a
// plan for joint patrols in 2026"), a participle of an earlier phrase
// ("the memorandum signed in 2011 and the ninth dialogue held last
// year"), and talks dated "earlier the same day" that a later mention of
// "the meeting" does not re-date.
func TestBorrowedYears(t *testing.T) {
	runClassCases(t, []classCase{{
		name: "a bare year of the sentence before does not date an undated signing",
		text: "Minister Rui Sato and his counterpart General Tran Duc met in Hanoi.\n\nSato is the first Japanese minister to visit the country since Ken Abe in 2022. The two ministers also signed a memorandum on cyber defence.",
		ents: []ent{person("Rui Sato", "JP"), person("Tran Duc", "VN"), person("Ken Abe", "JP"), loc("Hanoi")},
		want: []want{{"agreement", "", "*", "-", ""}},
		not:  []want{{"agreement", "2022", "*", "-", ""}},
	}, {
		name: "a restrictive relative clause dates its own act",
		text: "Marines of the five nations have begun Exercise Iron Coast near Darwin.\n\nGeneral Ian Ross said the exercise showed the value of a partnership that began in 1971.",
		ents: []ent{person("Ian Ross", "AU"), loc("Darwin")},
		want: []want{{"exercise", "", "*", "-", "main"}},
		not:  []want{{"exercise", "1971", "*", "-", ""}},
	}, {
		name:      "a clause opened by 'under which' dates its own act",
		published: "2025-09-10",
		text:      "Minister Kim Dae-ho and his Mongolian counterpart Bat Erdene met in Seoul on Wednesday.\n\nDuring the talks, they reviewed training. The two ministers then signed a memorandum on officer education, under which Mongolian officers will attend courses from next year.",
		ents:      []ent{person("Kim Dae-ho", "KR"), person("Bat Erdene", "MN"), country("MN", "Mongolian"), loc("Seoul")},
		not:       []want{{"agreement", "2026", "*", "-", ""}},
	}, {
		name: "an exercise named as the object of a plan takes no date from that sentence",
		text: "Marines of the five nations have begun Exercise Iron Coast near Darwin.\n\nThe defence ministers last met in Perth in 2024, when they agreed to widen the exercise to include cyber defence.",
		ents: []ent{loc("Darwin"), loc("Perth")},
		want: []want{{"exercise", "", "*", "-", "main"}},
		not:  []want{{"exercise", "2024", "*", "-", ""}},
	}, {
		name:      "the horizon of a plan dates no signing",
		published: "2025-12-09",
		text:      "The two border forces signed a plan for joint patrols in 2026.",
		want:      []want{{"agreement", "2025", "*", "-", ""}},
		not:       []want{{"agreement", "2026", "*", "-", ""}},
	}, {
		name:      "a participle of an earlier phrase keeps its year",
		published: "2025-03-12",
		text:      "Chien thanked Colonel Ken Sato for his work on the memorandum signed in 2011 and on the ninth defence policy dialogue held in Tokyo last year.",
		ents:      []ent{person("Ken Sato", "JP"), loc("Tokyo")},
		want:      []want{{"dialogue", "2024", "*", "-", ""}},
		not:       []want{{"dialogue", "2011", "*", "-", ""}},
	}, {
		name:      "talks earlier the same day keep that day",
		published: "2025-12-09",
		text:      "VIENTIANE, Dec 9 (KPL) -- Receiving General Le Thai in Vientiane on Tuesday, General Vong Kham praised the border forces.\n\nEarlier the same day, the two sides held talks chaired by General Le Thai and General Boun Mee. They signed the minutes of the meeting and a plan for joint patrols in 2026.",
		ents:      []ent{person("Le Thai", "VN"), person("Vong Kham", "LA"), person("Boun Mee", "LA"), loc("Vientiane"), loc("VIENTIANE")},
		want:      []want{{"meeting", "2025-12-09", "*", "Boun Mee", ""}},
		not:       []want{{"meeting", "2026", "*", "-", ""}},
	}, {
		name: "a year of another event dates neither an undated send-off nor 'earlier in the day'",
		text: "Minister sees off Serbian contingent for UN mission in Lebanon\n\nDefence Minister Petar Ilic today attended the send-off of the 9th contingent of the Serbian Armed Forces to the UN peacekeeping force in Lebanon, held at the Stefan Nemanja barracks in Nis.\n\nThe contingent is made up of 40 members of the 3rd Army Brigade, who will spend six months in the south of Lebanon.\n\nEarlier in the day, the minister received the contingent commander, Major Goran Savic.\n\nThe Serbian Armed Forces have taken part in the United Nations Peacekeeping Force in Lebanon since 2012.",
		ents: []ent{person("Petar Ilic", "RS"), person("Goran Savic", "RS"), loc("Nis"), loc("Lebanon"), country("RS", "Serbian"), country("LB", "Lebanon"), orgOf("Serbian Armed Forces", "RS"), org("United Nations Peacekeeping Force in Lebanon")},
		want: []want{{"deployment", "", "*", "-", "main"}, {"meeting", "", "*", "Goran Savic", ""}, {"deployment", "2012", "*", "-", ""}},
		not:  []want{{"deployment", "2012", "*", "-", "main"}, {"meeting", "2012", "*", "-", ""}},
	}, {
		name:      "'later in the day' counts from the story's day, not from an aside in a relative clause",
		published: "2026-05-14",
		text:      "JAKARTA - Defence Minister Adi Putra held talks with visiting Japanese State Minister Ken Mori at the ministry in Jakarta on Wednesday.\n\nMori, who arrived in Jakarta on Tuesday for a three-day visit, also called on Armed Forces Commander General Budi Santoso later in the day, the ministry said.",
		ents:      []ent{person("Adi Putra", "ID"), person("Ken Mori", "JP"), person("Budi Santoso", "ID"), loc("Jakarta"), loc("JAKARTA")},
		want:      []want{{"meeting", "2026-05-13", "*", "Budi Santoso", ""}},
		not:       []want{{"meeting", "2026-05-12", "*", "Budi Santoso", ""}},
	}})
}
