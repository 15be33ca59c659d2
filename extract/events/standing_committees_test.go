package events

import "testing"

// TestStandingCommittees covers the meetings of a standing body told by
// its name rather than as a dialogue: "whose 12th meeting", "the 17th
// Border Committee meeting", "the next meeting of the working group",
// "the Committee, which last met in 2019".
func TestStandingCommittees(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "whose numbered meeting: its own date, not the body's founding",
		published: "2025-05-20",
		text:      "Ghana and Togo established a Joint Security Commission in 2009, whose 8th meeting was held in Lome in March.",
		ents:      []ent{country("GH", "Ghana"), country("TG", "Togo"), loc("Lome")},
		want:      []want{{"dialogue", "2025-03", "*", "TG", ""}},
		not:       []want{{"dialogue", "2009", "*", "-", ""}},
	}, {
		name:      "a numbered committee meeting planned",
		published: "2025-05-20",
		text:      "The two sides agreed to hold the 9th Ghana-Togo Joint Security Commission meeting in Accra in June.",
		ents:      []ent{loc("Accra")},
		want:      []want{{"dialogue", "2025-06", "*", "-", ""}},
	}, {
		name:      "the next meeting of a working group",
		published: "2025-05-20",
		text:      "Peru wants to hold the next meeting of the Peru-Ecuador working group on defence in Lima in 2026.",
		ents:      []ent{country("PE", "Peru"), country("EC", "Ecuador"), loc("Lima")},
		want:      []want{{"dialogue", "2026", "*", "-", ""}},
	}, {
		name:      "a committee that last met in a year",
		published: "2025-05-20",
		text:      "The sides reviewed the work of the Joint Military Committee, which last met in Doha in 2022.",
		ents:      []ent{org("Joint Military Committee"), loc("Doha")},
		want:      []want{{"dialogue", "2022", "*", "-", "background"}},
	}})
}

// TestTripSpans covers trips whose length the trigger states: "arrived on
// Monday for a three-day visit" runs from Monday for three days.
func TestTripSpans(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a three-day visit from the day of arrival",
		published: "2025-07-22",
		text:      "Admiral Ola Berg, who arrived on Monday for a three-day working visit, met the army chief.",
		ents:      []ent{person("Ola Berg", "NO")},
		want:      []want{{"visit", "2025-07-21/2025-07-23", "*", "Ola Berg", ""}},
	}})
}

// TestCoChairedNamedMeetings covers a named meeting co-chaired by two
// officials: one dialogue, not a dialogue and a conference.
func TestCoChairedNamedMeetings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a co-chaired numbered ministers' meeting is one dialogue",
		published: "2025-09-12",
		text:      "Ana Ruiz and Ken Mori co-chaired the 9th Peru-Japan Defence Ministers' Meeting in Lima on Thursday.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "JP"), loc("Lima")},
		want:      []want{{"dialogue", "2025-09-11", "*", "Ken Mori", ""}},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}})
}

// TestSiteVisits covers visits to named sites during a trip, which stay
// visits of their own: "is on a visit to Chile" and, later, "will visit
// the air base"; and a date before a "where" clause that dates it.
func TestSiteVisits(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a visit to a named site during a trip is a visit of its own",
		published: "2025-04-24",
		text: "Admiral Ola Berg, who is leading a delegation on a visit to Chile from April 21 to 25, held talks with General Ana Ruiz in Santiago on Tuesday.\n" +
			"The delegation is scheduled to visit the Navy Command in Valparaiso on Thursday.",
		ents: []ent{person("Ola Berg", "NO"), person("Ana Ruiz", "CL"), country("CL", "Chile"), loc("Santiago"), org("Navy Command"), loc("Valparaiso")},
		want: []want{
			{"visit", "2025-04-21/2025-04-25", "*", "Ola Berg", ""},
			{"visit", "2025-04-24", "*", "-", ""},
		},
	}, {
		name:      "a date before a where-clause dates the visit in it",
		published: "2025-12-09",
		text:      "On December 10, the delegation will travel to Luang Prabang, where it will visit the Northern Military Region Command.",
		ents:      []ent{loc("Luang Prabang"), org("Northern Military Region Command")},
		want:      []want{{"visit", "2025-12-10", "*", "-", ""}},
	}})
}

// TestSpansOfLastingEvents covers a span in the sentence of an event that
// lasts (a visit, an exercise): it dates that event rather than a nearer
// single day.
func TestSpansOfLastingEvents(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a visit told with the span of the trip",
		published: "2024-06-05",
		text:      "Peru and Korea held their fifth defence dialogue in Seoul on June 4 as part of a visit to Korea by a delegation of the Peruvian ministry from June 3 to 6.",
		ents:      []ent{country("PE", "Peru"), country("KR", "Korea"), loc("Seoul")},
		want:      []want{{"visit", "2024-06-03/2024-06-06", "*", "-", ""}},
	}})
}

// TestVisitsTold covers visits told without a verb of visiting: "the
// visit, which runs from March 10 to 14" (no visit told before) and "is
// in Thailand from October 6 to 10 at the head of a delegation".
func TestVisitsTold(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the visit with its own span, told first",
		published: "2025-03-12",
		text:      "Ana Ruiz said the visit, which runs from March 10 to 14, was a practical step.",
		ents:      []ent{person("Ana Ruiz", "VN")},
		want:      []want{{"visit", "2025-03-10/2025-03-14", "*", "-", ""}},
	}, {
		name:      "at the head of a delegation",
		published: "2025-10-08",
		text:      "General Ken Mori is in Peru from October 6 to 10 at the head of a 15-member delegation.",
		ents:      []ent{person("Ken Mori", "CN"), country("PE", "Peru")},
		want:      []want{{"visit", "2025-10-06/2025-10-10", "*", "Ken Mori", ""}},
	}})
}
