package events

import "testing"

// TestAppointments covers appointments told in two more ways: the post
// right after a passive verb ("was appointed Commander-in-Chief by royal
// command") and the appointee named before as a pronoun ("a day after
// the President appointed him as"), which also dates the appointment a
// day before the day told first in the sentence.
func TestAppointments(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the post right after a passive verb",
		published: "2025-10-01",
		text:      "General Anan Boonsri was appointed Commander-in-Chief of the Royal Thai Air Force by royal command on September 12.",
		ents:      []ent{person("Anan Boonsri", "TH"), org("Royal Thai Air Force")},
		want:      []want{{"decision", "2025-09-12", "*", "Anan Boonsri", ""}},
	}, {
		name:      "the appointee as a pronoun, a day after the day told",
		published: "2025-06-13",
		text:      "Rear Admiral Carlo Dizon took command of the fleet on Friday, a day after President Ana Cruz appointed him as its new commander.",
		ents:      []ent{person("Carlo Dizon", "PH"), person("Ana Cruz", "PH")},
		want: []want{
			{"decision", "2025-06-12", "*", "Ana Cruz", ""},
			{"decision", "2025-06-12", "*", "Carlo Dizon", ""},
		},
	}, {
		name:      "a ship named after a hero is no decision",
		published: "2025-06-13",
		text:      "The frigate, which was named after a national hero, arrived in Cebu on Friday.",
		ents:      []ent{loc("Cebu")},
		not:       []want{{"decision", "*", "*", "-", ""}},
	}})
}
