package events

import "testing"

// TestDiscussionTopicPlaces covers places inside what talks were about
// ("discussed training courses for officers in France", "discussed the
// security situation in the Sahel"): the talks are held where their own
// words or the dateline say, not in the place they talked about.
func TestDiscussionTopicPlaces(t *testing.T) {
	lead := "OSTRAVA, March 3 - Major General Ivo Marek received the Polish military attaché, Colonel Jan Wrona, at the General Command on Monday.\n\n"
	ents := []ent{loc("OSTRAVA"), person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), org("General Command")}
	cases := []classCase{}
	for _, c := range []struct{ name, second, topic string }{
		{"courses offered in a country", "The two sides discussed training courses offered to Czech officers in France.", "FR"},
		{"the situation in a region", "They discussed the security situation in the Sahel and the Gulf of Guinea.", "Sahel"},
		{"exchanges at a named college", "The officers discussed exchanges of cadets at the Military Academy in Wroclaw.", "Wroclaw"},
	} {
		cases = append(cases, classCase{
			name:      c.name,
			published: "2026-03-03",
			text:      lead + c.second,
			ents:      append(append([]ent{}, ents...), country("FR", "France"), loc("Sahel"), loc("Gulf of Guinea"), loc("Wroclaw")),
			want:      []want{{"meeting", "2026-03-02", "OSTRAVA", "Jan Wrona", ""}},
			not:       []want{{"meeting", "*", c.topic, "-", ""}},
		})
	}
	runClassCases(t, cases)
}
