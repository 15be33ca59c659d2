package events

import "testing"

// TestLaterAttendees covers the attendees a later sentence gives a
// ceremony through "It": they take part in it; not when another event
// was told in between.
func TestLaterAttendees(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "It was attended by: the ceremony's",
		published: "2025-04-10",
		text: "Defence Minister Karel Novak on Wednesday presided over a farewell ceremony for 90 engineers leaving for Mali.\n" +
			"It was attended by Colonel Petra Hasek and the French ambassador.",
		ents: []ent{person("Karel Novak", "CZ"), person("Petra Hasek", "CZ"), country("ML", "Mali"), country("FR", "French")},
		want: []want{
			{"ceremony", "2025-04-09", "*", "Karel Novak", ""},
			{"ceremony", "2025-04-09", "*", "Petra Hasek", ""},
		},
	}, {
		name:      "not when talks were told in between",
		published: "2025-04-10",
		text: "Defence Minister Karel Novak on Wednesday presided over a farewell ceremony for 90 engineers leaving for Mali.\n" +
			"Later, Novak held talks with Colonel Jan Dvorak on training.\n" +
			"It was attended by Colonel Petra Hasek.",
		ents: []ent{person("Karel Novak", "CZ", "Karel Novak", "Novak"), person("Jan Dvorak", "CZ"), person("Petra Hasek", "CZ"), country("ML", "Mali")},
		want: []want{{"ceremony", "2025-04-09", "*", "Karel Novak", ""}},
		not:  []want{{"ceremony", "*", "*", "Petra Hasek", ""}},
	}})
}
