package events

import "testing"

// TestVisitsOfVisitors covers a visit whose visitors stand between the
// noun and its destination ("the official visit of a Kazakh delegation to
// Uzbekistan", "the visit by Minister X to Hanoi"), and talks held as part
// of it: the talks, not the trip, lend their place to what is signed at
// them.
func TestVisitsOfVisitors(t *testing.T) {
	ents := []ent{loc("Tashkent"), loc("Hanoi"), person("Ivo Marek", "KZ"), person("Jan Wrona", "UZ"), country("UZ", "Uzbekistan"), country("VN", "Vietnam")}
	cases := []classCase{
		{
			name: "as part of the visit of a delegation",
			text: "As part of the official visit of a Kazakh military delegation to Uzbekistan, Defence Minister Ivo Marek held talks with Jan Wrona in Tashkent.\n\n" +
				"The ministers signed a plan of military cooperation for next year.",
			ents: ents,
			want: []want{{"visit", "", "UZ", "-", ""}, {"meeting", "", "Tashkent", "Jan Wrona", "main"}, {"agreement", "", "Tashkent", "-", "reported"}},
		},
		{
			name:      "a visit by a minister to a city",
			published: "2026-04-02",
			text:      "A visit by Minister Ivo Marek to Hanoi on Tuesday opened a new stage in training, the ministry said.",
			ents:      ents,
			want:      []want{{"visit", "2026-03-31", "Hanoi", "Ivo Marek", ""}},
		},
	}
	runClassCases(t, cases)
}
