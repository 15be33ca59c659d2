package events

import "testing"

// TestUndatedDays covers a text with no date of publication whose story
// is told by days without a year ("from October 5 to 8", "on October 6"):
// an event recalled with a year ("in June 2025") is another occasion, and
// lends the story's events neither its date nor its place.
func TestUndatedDays(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a port call dated with a year is not the visit told by days",
		published: "",
		text: "Ruritanian Navy chief pays official visit to Poland\n\n" +
			"Deputy Minister Jan Wrona received Admiral Ivo Marek in Warsaw on October 6, as part of the guest's official visit to Poland from October 5 to 8.\n\n" +
			"A Ruritanian Navy corvette made a port call at Gdynia in June 2025.",
		ents: []ent{person("Jan Wrona", "PL"), person("Ivo Marek", "RU"), org("Ruritanian Navy"), locIn("Warsaw", "PL"), locIn("Gdynia", "PL")},
		want: []want{{"meeting", "", "Warsaw", "Ivo Marek", ""}, {"visit", "2025-06", "Gdynia", "Ruritanian Navy", ""}},
		not:  []want{{"meeting", "2025-06", "*", "-", ""}, {"visit", "2025-06", "PL", "-", ""}},
	}})
}
