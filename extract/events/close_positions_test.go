package events

import "testing"

// TestClosePositions covers positions told to be close or shared, a
// statement whatever its verb: "noted the closeness of positions",
// "positions are close or identical", "similar positions".
func TestClosePositions(t *testing.T) {
	ents := []ent{person("Ivo Marek", "RO"), person("Jan Wrona", "PL"), loc("Bucharest")}
	talks := "Jan Wrona held talks with Ivo Marek in Bucharest on Tuesday.\n\n"
	cases := []classCase{}
	for _, c := range []struct{ name, text string }{
		{"the closeness of positions noted", "The sides noted the closeness of the two countries' positions on key issues of regional security."},
		{"positions said to be close", "Jan Wrona said their positions on most security issues are close or identical."},
		{"similar positions", "The two ministers found that they hold similar positions on many regional issues."},
	} {
		cases = append(cases, classCase{
			name:      c.name,
			published: "2026-06-10",
			text:      talks + c.text,
			ents:      ents,
			want:      []want{{"meeting", "2026-06-09", "Bucharest", "Ivo Marek", "main"}, {"statement", "2026-06-09", "Bucharest", "Jan Wrona", "reported"}},
		})
	}
	cases = append(cases, classCase{
		name:      "a close partner is no position",
		published: "2026-06-10",
		text:      talks + "Jan Wrona called Romania a close partner in the region.",
		ents:      ents,
		not:       []want{{"statement", "*", "*", "-", ""}},
	})
	runClassCases(t, cases)
}
