package events

import "testing"

// TestMeetingsAgreedOn covers a meeting the parties agree on during
// talks or a call ("agreed to meet in Lisbon later this month"): a later
// occasion of its own, with its own time and place, never merged into
// the call it was agreed in, and never the occasion that what is said
// in the call is dated by.
func TestMeetingsAgreedOn(t *testing.T) {
	ents := []ent{person("Ivo Marek", "PT"), person("Jan Wrona", "PL"), loc("Lisbon"), loc("Singapore"), loc("WARSAW")}
	cases := []classCase{
		{
			name:      "a call during which the two agreed to meet",
			published: "2026-03-10",
			text: "WARSAW - Defence Minister Jan Wrona had a telephone conversation on Monday with his Portuguese counterpart Ivo Marek, during which the two agreed to meet in Lisbon later this month.\n\n" +
				"The ministers also stressed that disputes must be settled peacefully.",
			ents: ents,
			want: []want{{"meeting", "2026-03-09", "", "Ivo Marek", "main"}, {"meeting", "2026-03", "Lisbon", "Jan Wrona", "main"},
				{"statement", "2026-03-09", "", "Jan Wrona", "reported"}},
			not: []want{{"statement", "2026-03", "*", "-", ""}},
		},
		{
			name:      "a headline that names the call and the meeting agreed on",
			published: "2026-03-10",
			text: "Polish, Portuguese ministers speak by phone, agree to meet in Lisbon\n\n" +
				"Jan Wrona and Ivo Marek spoke by phone on Monday and agreed to meet in Lisbon in April.",
			ents:  ents,
			want:  []want{{"meeting", "2026-03-09", "", "Ivo Marek", "main"}, {"meeting", "2026-04", "Lisbon", "Jan Wrona", "main"}},
			count: 2,
		},
		{
			name:      "talks, then an agreement to meet again at a forum",
			published: "2026-03-10",
			text: "Jan Wrona held talks with Ivo Marek in Warsaw on Monday.\n\n" +
				"The two ministers agreed to meet again at the Shangri-La Dialogue in Singapore in May.",
			ents: ents,
			want: []want{{"meeting", "2026-03-09", "*", "Ivo Marek", "main"}, {"meeting", "2026-05", "Singapore", "Ivo Marek", "reported"}},
		},
		{
			name:      "talks at which a trilateral meeting is agreed on",
			published: "2026-03-10",
			text:      "Meeting Ivo Marek in Warsaw on Monday, Jan Wrona discussed border security and agreed to hold a trilateral ministers' meeting in Lisbon next year.",
			ents:      ents,
			want:      []want{{"meeting", "2026-03-09", "*", "Ivo Marek", "main"}, {"meeting", "2027", "Lisbon", "Jan Wrona", ""}},
		},
		{
			name:      "a meeting on the programme of a visit",
			published: "2026-03-10",
			text: "Jan Wrona held talks with Ivo Marek in Warsaw on Monday.\n\n" +
				"Marek, who is in Poland on an official visit, is also expected to meet General Piotr Nowak, the chief of the general staff.",
			ents: append(ents, person("Piotr Nowak", "PL")),
			want: []want{{"meeting", "2026-03-09", "*", "Jan Wrona", "main"}, {"meeting", "*", "", "Piotr Nowak", "reported"}},
			not:  []want{{"meeting", "*", "*", "Piotr Nowak", "main"}},
		},
	}
	runClassCases(t, cases)
}
