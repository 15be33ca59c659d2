package events

import "testing"

// TestBareSeats covers "at the ministry", "at the headquarters" with no
// name: the seat of a body the story does not name, in the city of the
// dateline; with no dateline, no place.
func TestBareSeats(t *testing.T) {
	ents := []ent{loc("ANKARA"), person("Ivo Marek", "TR"), person("Jan Wrona", "AZ")}
	runClassCases(t, []classCase{{
		name:      "a welcome ceremony at the ministry, in an undated story",
		published: "",
		text: "Ministers meet\n\nANKARA - Defence Minister Ivo Marek held talks with his Azerbaijani counterpart Jan Wrona on Thursday.\n\n" +
			"Wrona was welcomed with a military ceremony at the ministry, after which the two ministers held a one-on-one meeting.",
		ents: ents,
		want: []want{{"ceremony", "*", "ANKARA", "Jan Wrona", ""}},
	}, {
		name:      "a call at the headquarters",
		published: "2025-06-05",
		text: "Ministers meet\n\nANKARA - Defence Minister Ivo Marek held talks with his Azerbaijani counterpart Jan Wrona on Thursday.\n\n" +
			"On Friday, Wrona paid a courtesy call on General Petr Novak at the headquarters.",
		ents: append(append([]ent{}, ents...), person("Petr Novak", "TR")),
		want: []want{{"meeting", "*", "ANKARA", "Petr Novak", ""}},
	}, {
		name:      "no dateline: the seat's city is unknown",
		published: "2025-06-05",
		text:      "Wrona was welcomed with a military ceremony at the ministry on Thursday.",
		ents:      []ent{person("Jan Wrona", "AZ")},
		want:      []want{{"ceremony", "*", "", "-", ""}},
	}})
}
