package events

import "testing"

// TestInvitations covers invitations to a side, a country or a service,
// invitations passed on, and visits made at someone's invitation; the date
// of what one is invited to is not the date of the invitation.
func TestInvitations(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a side invited to a show: dated by the talks, not by the show",
		published: "2025-07-23",
		text: "Defence Minister Ana Ruiz received General Ken Mori in Lima on July 22.\n" +
			"Ruiz also invited the Japanese side to take part in the SITDEF exhibition in Lima on May 12-15 next year.",
		ents: []ent{person("Ana Ruiz", "PE", "Ana Ruiz", "Ruiz"), person("Ken Mori", "JP"), loc("Lima"), country("JP", "Japanese")},
		want: []want{{"invitation", "2025-07-22", "*", "Ana Ruiz", ""}},
		not:  []want{{"invitation", "2026-05-12/2026-05-15", "*", "-", ""}},
	}, {
		name:      "an invitation passed on",
		published: "2025-08-15",
		text:      "On August 14, Yuri Orlov conveyed an invitation from the defence minister for the general to attend a conference in Moscow.",
		ents:      []ent{person("Yuri Orlov", "RU"), loc("Moscow")},
		want:      []want{{"invitation", "2025-08-14", "*", "Yuri Orlov", ""}},
	}, {
		name:      "a visit at the invitation of a ministry recalls the invitation",
		published: "2025-12-09",
		text:      "A delegation of the Peruvian Navy is on an official visit to Chile from December 8 to 11 at the invitation of the Chilean Navy.",
		ents:      []ent{org("Peruvian Navy"), org("Chilean Navy"), country("CL", "Chile")},
		want:      []want{{"invitation", "*", "*", "-", "background"}},
	}})
}

// TestCallsOnOfficials covers calls on officials told in the future ("will
// call on the Prime Minister"), courtesy visits to officials and working
// dinners.
func TestCallsOnOfficials(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a call on an official planned for a weekday after publication",
		published: "2025-06-23",
		text: "The ministers met in Hanoi on Monday.\n" +
			"On Tuesday, Mr Ruiz will call on Prime Minister Ken Mori.",
		ents: []ent{person("Ana Ruiz", "PE", "Ana Ruiz", "Ruiz"), person("Ken Mori", "VN"), loc("Hanoi")},
		want: []want{{"meeting", "2025-06-24", "*", "Ken Mori", ""}},
	}, {
		name:      "a working dinner hosted for the guest",
		published: "2025-06-23",
		text:      "On Sunday, Ana Ruiz hosted a working dinner for Ken Mori.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "VN")},
		want:      []want{{"meeting", "2025-06-22", "*", "Ken Mori", ""}},
	}})
}

// TestCallsOnBodies covers calls on a body or its leaders, a guest group
// received, talks recalled during a call, and "later in the day".
func TestCallsOnBodies(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a call on a headquarters",
		published: "2025-10-07",
		text:      "On Wednesday, Lt Gen Ken Mori is scheduled to call on the Royal Thai Armed Forces Headquarters.",
		ents:      []ent{person("Ken Mori", "CN"), org("Royal Thai Armed Forces Headquarters")},
		want:      []want{{"meeting", "2025-10-08", "*", "-", ""}},
	}, {
		name:      "a prime minister to receive two ministers",
		published: "2025-11-17",
		text:      "Prime Minister Ana Ruiz is scheduled to receive the two Indonesian ministers on Tuesday.",
		ents:      []ent{person("Ana Ruiz", "JP")},
		want:      []want{{"meeting", "2025-11-18", "*", "Ana Ruiz", ""}},
	}, {
		name:      "talks recalled during a call are an event of their own",
		published: "2024-06-05",
		text:      "On June 4, Vinh Le paid a courtesy call on Ken Mori, who recalled his talks with Ana Ruiz in Hanoi last year.",
		ents:      []ent{person("Vinh Le", "VN"), person("Ken Mori", "KR"), person("Ana Ruiz", "VN"), loc("Hanoi")},
		want: []want{
			{"meeting", "2024-06-04", "*", "Ken Mori", ""},
			{"meeting", "2023", "*", "Ana Ruiz", "background"},
		},
	}, {
		name:      "later in the day: another meeting of that day",
		published: "2025-04-29",
		text: "Ana Ruiz received General Ken Mori in Lima on April 28.\n" +
			"Later in the day, Mori met Interior Minister Luis Vega at the palace.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "US", "Ken Mori", "Mori"), person("Luis Vega", "PE")},
		want: []want{{"meeting", "2025-04-28", "*", "Luis Vega", ""}},
	}})
}
