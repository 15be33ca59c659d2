package events

import "testing"

// TestDocumentContentPlaces covers places inside what a signed document
// provides, told in a relative clause after it ("a memorandum that will
// allow troops to train at X", "an agreement, which replaces the one
// signed in London", "the minutes, which include patrols on the X
// canal"): the signing is not there. "which was signed in X" tells the
// signing itself.
func TestDocumentContentPlaces(t *testing.T) {
	lead := "WARSAW, May 6 - Defence Minister Ivo Marek held talks with his Ruritanian counterpart Jan Wrona at the Ministry of National Defence on Tuesday.\n\n"
	ents := []ent{loc("WARSAW"), person("Ivo Marek", "PL"), person("Jan Wrona", "RU"), org("Ministry of National Defence"),
		loc("Shoalwater Bay Training Area"), loc("London"), loc("Zarumilla canal"), country("PL", "Poland")}
	cases := []classCase{}
	for _, c := range []struct{ name, second, content string }{
		{"a memorandum that will allow training at a site",
			"After the talks, the two ministers signed a memorandum of understanding that will allow Polish troops to train at the Shoalwater Bay Training Area.", "Shoalwater Bay Training Area"},
		{"an agreement which replaces one signed elsewhere",
			"The two ministers also signed an updated defence agreement, which replaces the one signed in London in 2019.", "London"},
		{"minutes which include patrols on a canal",
			"At the end of the talks, the two ministers signed the minutes, which include a schedule of coordinated patrols on the Zarumilla canal.", "Zarumilla canal"},
	} {
		cases = append(cases, classCase{
			name:      c.name,
			published: "2025-05-06",
			text:      lead + c.second,
			ents:      ents,
			not:       []want{{"agreement", "2025-05-06", c.content, "-", ""}},
		})
	}
	cases = append(cases, classCase{
		name:      "'which was signed in' tells the signing",
		published: "2025-05-06",
		text:      "Poland ratifies pact\n\nWARSAW, May 6 - Parliament ratified the defence agreement with Ruritania, which was signed in London in March 2024.",
		ents:      ents,
		want:      []want{{"agreement", "2024-03", "London", "-", ""}},
	})
	runClassCases(t, cases)
}
