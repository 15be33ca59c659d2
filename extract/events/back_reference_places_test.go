package events

import "testing"

// TestBackReferencePlaces covers a talk named in a phrase opening the
// sentence that points back at it ("Before the talks,", "After the
// meeting,", "Prior to the talks,"): the place the rest of the sentence
// names is the other act's, the wreath's or the tour's, never the talks'.
func TestBackReferencePlaces(t *testing.T) {
	lead := "MINSK, March 12 - Defence Minister Ivo Marek on Wednesday welcomed his Polish counterpart Jan Wrona with a military ceremony at the ministry.\n\n" +
		"Later the two ministers held a one-on-one meeting.\n\n"
	ents := []ent{loc("MINSK"), person("Ivo Marek", "BY"), person("Jan Wrona", "PL")}
	cases := []classCase{}
	for _, c := range []struct{ name, second, site string }{
		{"'Before the talks,' and a wreath", "Before the talks, Wrona laid a wreath at the Victory Monument.", "Victory Monument"},
		{"'After the talks,' and flowers", "After the talks, the two ministers laid flowers at the Island of Tears Memorial.", "Island of Tears Memorial"},
		{"'Prior to the meeting,' and a tour", "Prior to the meeting, Wrona toured the Military History Museum.", "Military History Museum"},
	} {
		cases = append(cases, classCase{
			name:      c.name,
			published: "2025-03-12",
			text:      lead + c.second,
			ents:      append(append([]ent{}, ents...), loc(c.site)),
			want:      []want{{"meeting", "2025-03-12", "MINSK", "Jan Wrona", ""}},
			not:       []want{{"meeting", "*", c.site, "-", ""}},
		})
	}
	runClassCases(t, cases)
}
