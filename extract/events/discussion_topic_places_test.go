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

// TestDiscussionTopicVenues covers a body named after "at" inside what
// talks were about ("discussed the training of officers at the Military
// Academy of X"): it is no venue of the article's scene, so the talks
// told in the lead without a place keep the dateline's city.
func TestDiscussionTopicVenues(t *testing.T) {
	lead := "RIGA (LETA) - Brigadier General Aivars Ozols held talks with a delegation of the Estonian Ministry of Defence led by Colonel Mart Kask.\n\n"
	ents := []ent{loc("RIGA"), person("Aivars Ozols", "LV"), person("Mart Kask", "EE"), org("Estonian Ministry of Defence")}
	cases := []classCase{}
	for _, c := range []struct{ name, second, venue string }{
		{"training at an academy named for its state", "The sides discussed the training of Estonian officers at the National Defence Academy of Latvia, where 12 cadets now study.", "National Defence Academy of Latvia"},
		{"courses at a college", "They also discussed courses for Estonian staff officers at the Baltic Defence College.", "Baltic Defence College"},
		{"after a review of a plan", "The two sides reviewed the plan of military cooperation and discussed exchanges of instructors at the Latvian Naval Academy.", "Latvian Naval Academy"},
	} {
		cases = append(cases, classCase{
			name:      c.name,
			published: "2026-05-04",
			text:      lead + c.second,
			ents:      append(append([]ent{}, ents...), org(c.venue)),
			want:      []want{{"meeting", "*", "RIGA", "Mart Kask", ""}},
			not:       []want{{"meeting", "*", c.venue, "-", ""}},
		})
	}
	runClassCases(t, cases)
}
