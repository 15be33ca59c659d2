package events

import "testing"

// TestWorkingGroupSessions covers the sessions of a standing working group
// told by a noun: a numbered "Joint Working Group meeting" is a dialogue
// (a numbered "Meeting" with a capital is a name: a conference), an
// earlier session recalled with its year is a background edition, and
// "agreed to hold the next meeting" is the next session of the same
// mechanism, while "hold their next meeting" after ministers' talks is
// their next meeting.
func TestWorkingGroupSessions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a numbered working group meeting in a headline-like clause",
		published: "2026-03-12",
		text:      "Ghana and Togo hold 4th Joint Working Group meeting on border security in Accra on Wednesday.",
		ents:      []ent{country("GH", "Ghana"), country("TG", "Togo"), loc("Accra")},
		want:      []want{{"dialogue", "2026-03-11", "Accra", "GH", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "a numbered mechanism session told after its number",
		published: "2026-03-12",
		text:      "The 2nd Peru-Chile Defence Working Group session took place in Lima on March 10.",
		ents:      []ent{country("PE", "Peru"), country("CL", "Chile"), loc("Lima")},
		want:      []want{{"dialogue", "2026-03-10", "Lima", "-", ""}},
	}, {
		name:      "a numbered Meeting with a capital is a conference's name",
		published: "2025-12-12",
		text:      "The ministry hosted the 23rd Expert Working Group Meeting of the SCO Defense Ministers' Meeting in Beijing on Thursday.",
		ents:      []ent{loc("Beijing")},
		want:      []want{{"conference", "2025-12-11", "*", "-", ""}},
		not:       []want{{"dialogue", "*", "*", "-", ""}},
	}, {
		name:      "the next session of the mechanism told by holding it",
		published: "2026-05-20",
		text: "The sixth meeting of the Pakistan-Oman Joint Working Group on Defence Cooperation was held in Muscat on Tuesday.\n" +
			"Both sides reviewed progress since the fifth meeting, held in Karachi in 2025, and agreed to hold the next meeting in Pakistan next year.",
		ents: []ent{org("Pakistan-Oman Joint Working Group on Defence Cooperation"), country("PK", "Pakistan"), country("OM", "Oman"), loc("Muscat"), loc("Karachi")},
		want: []want{
			{"dialogue", "2026-05-19", "Muscat", "-", "main"},
			{"dialogue", "2025", "Karachi", "-", "background"},
			{"dialogue", "2027", "PK", "Pakistan-Oman Joint Working Group on Defence Cooperation", ""},
		},
		not: []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "ministers who agree to hold their next meeting",
		published: "2026-06-24",
		text:      "Defence Minister Ana Ruiz met her Polish counterpart Jan Nowak in Lima on Tuesday. The ministers also agreed to hold their next meeting in Warsaw next year.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Jan Nowak", "PL"), loc("Lima"), loc("Warsaw")},
		want:      []want{{"meeting", "2027", "Warsaw", "-", ""}},
		not:       []want{{"dialogue", "*", "*", "-", ""}},
	}, {
		name:      "the next meeting of a body named after it stays the body's",
		published: "2026-06-24",
		text:      "The ministers agreed to hold the next meeting of the Permanent Security Committee in Santiago in August.",
		ents:      []ent{org("Permanent Security Committee"), loc("Santiago")},
		want:      []want{{"dialogue", "2026-08", "Santiago", "-", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}})
}

// TestStaysTold covers trips told by the stay with its span or by the
// arrival, with no visit noun: "the delegation is in India from May 19 to
// 22", "will be in Kenya from December 11", "reached New Delhi on
// Thursday"; and a place that is only where something is.
func TestStaysTold(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a delegation in a country for a span",
		published: "2026-05-20",
		text:      "General Ken Mori's delegation is in Pakistan from May 18 to 22.",
		ents:      []ent{person("Ken Mori", "UZ"), country("PK", "Pakistan")},
		want:      []want{{"visit", "2026-05-18/2026-05-22", "PK", "Ken Mori", ""}},
	}, {
		name:      "a stay to come, in a relative clause",
		published: "2026-12-02",
		text:      "A delegation led by General Ken Mori, which will be in Kenya from December 11 to 14, is expected to tour the naval base.",
		ents:      []ent{person("Ken Mori", "CN"), country("KE", "Kenya")},
		want:      []want{{"visit", "2026-12-11/2026-12-14", "*", "Ken Mori", ""}},
	}, {
		name:      "an arrival told by reaching the city",
		published: "2026-04-28",
		text:      "Defence Minister Ana Ruiz reached New Delhi on Monday to attend the meeting of defence ministers.",
		ents:      []ent{person("Ana Ruiz", "PE"), loc("New Delhi")},
		want:      []want{{"visit", "2026-04-27", "New Delhi", "Ana Ruiz", ""}},
	}, {
		name:      "a trip told as an operational tour of the regions",
		published: "2026-08-18",
		text:      "The army chief, General Ken Mori, on Monday began a three-day operational tour of formations in the northern states.",
		ents:      []ent{person("Ken Mori", "NG")},
		want:      []want{{"visit", "2026-08-17/2026-08-19", "*", "Ken Mori", ""}},
	}, {
		name:      "an inspection tour of provinces",
		published: "2026-08-18",
		text:      "Minister Ana Ruiz is on an inspection tour of the southern provinces this week.",
		ents:      []ent{person("Ana Ruiz", "VN")},
		want:      []want{{"visit", "*", "*", "Ana Ruiz", ""}},
	}, {
		name:      "a tour of duty is no trip",
		published: "2026-08-18",
		text:      "Colonel Ken Mori completed a tour of duty with the peacekeeping mission last year.",
		ents:      []ent{person("Ken Mori", "NG")},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "a place where something is is no stay",
		published: "2026-04-28",
		text:      "The regional headquarters is in Nairobi, far from the border.",
		ents:      []ent{loc("Nairobi")},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "an agreement reached is no arrival",
		published: "2026-04-28",
		text:      "The two ministers said the consensus reached in Hanoi last year was holding.",
		ents:      []ent{loc("Hanoi")},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}})
}
