package events

import "testing"

// TestSecondActPlaces covers two acts joined by "and" in one sentence,
// each with its own place ("visited a centre in Ganja and observed an
// exercise at the nearby Shamkir training ground"): the second act takes
// the place its own words name, not the first act's town; told with no
// place of its own, it keeps the first act's.
func TestSecondActPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a drill watched at a range near the town of a tour",
		published: "2026-10-07",
		text:      "BISHKEK, Oct 7 - On Wednesday, the two ministers toured an air base in Kant and watched a joint exercise of paratroopers at the nearby Ortosay training range.",
		ents:      []ent{loc("BISHKEK"), loc("Kant"), loc("Ortosay training range")},
		want:      []want{{"exercise", "2026-10-07", "Ortosay training range", "-", ""}},
		not:       []want{{"exercise", "*", "Kant", "-", ""}},
	}, {
		name:      "a ceremony at a base after a visit in a city",
		published: "2026-04-15",
		text:      "SEOUL, April 15 - General Andrzej Nowak visited a shipyard in Busan and attended a commissioning ceremony at the Jinhae naval base on Wednesday.",
		ents:      []ent{loc("SEOUL"), person("Andrzej Nowak", "PL"), loc("Busan"), loc("Jinhae naval base")},
		want:      []want{{"ceremony", "2026-04-15", "Jinhae naval base", "Andrzej Nowak", ""}},
		not:       []want{{"ceremony", "*", "Busan", "-", ""}},
	}, {
		name:      "a second act with no place of its own keeps the first's",
		published: "2026-06-10",
		text:      "NAIROBI, June 10 - The two ministers met in Mombasa on Tuesday and signed a memorandum of understanding on maritime security.",
		ents:      []ent{loc("NAIROBI"), loc("Mombasa")},
		want:      []want{{"agreement", "2026-06-09", "Mombasa", "-", ""}},
	}})
}
