package events

import "testing"

// TestCongratulatedAppointees covers posts congratulated on: the one who
// took the post is the one congratulated, named after the verb or
// referred back to as the story's visitor ("his guest", "the visiting
// admiral", "the British guest"), never the host who congratulates.
func TestCongratulatedAppointees(t *testing.T) {
	host, guest := person("Omar Said", "JO"), person("Tomas Berg", "SE")
	runClassCases(t, []classCase{{
		name:      "his guest is the visitor of the story",
		published: "2026-04-14",
		text: "General Omar Said received General Tomas Berg in Amman on Monday. " +
			"Berg is on an official visit to Jordan from April 12 to 15. " +
			"Said congratulated his guest on his appointment as Chief of Defence in January.",
		ents: []ent{host, guest, loc("Amman"), country("JO", "Jordan")},
		want: []want{{"decision", "2026-01", "*", "Tomas Berg", "background"}},
		not:  []want{{"decision", "*", "*", "Omar Said", ""}},
	}, {
		name:      "the visiting admiral with a demonym",
		published: "2026-09-09",
		text: "Admiral Dunn Carver, who is visiting Chile, called on Admiral Luis Prado in Valparaiso on Tuesday. " +
			"Prado congratulated the visiting Australian admiral on his appointment as Chief of Navy last year.",
		ents: []ent{person("Dunn Carver", "AU"), person("Luis Prado", "CL"), loc("Valparaiso"), country("CL", "Chile")},
		want: []want{{"decision", "2025", "*", "Dunn Carver", "background"}},
		not:  []want{{"decision", "*", "*", "Luis Prado", ""}},
	}, {
		name:      "a named object, not the subject",
		published: "2026-03-06",
		text:      "Minister Ana Ruiz congratulated General Ken Mori on his appointment as Chief of Staff and thanked Japan for its support.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "JP"), country("JP", "Japan")},
		want:      []want{{"decision", "*", "*", "Ken Mori", "background"}},
		not:       []want{{"decision", "*", "*", "Ana Ruiz", ""}},
	}})
}
