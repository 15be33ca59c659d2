package events

import "testing"

// TestCoastPlaces covers places named through a part of them: "off the
// coast of Annaba", "in the waters of Sattahip", a chain of heads ("off
// the coast of the province of Bataan", "in the vicinity of the town of
// Otar"): the named place is the event's.
func TestCoastPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "off the coast of a town",
		published: "2026-06-11",
		text:      "Units of the Algerian Navy and the Italian Navy held a search-and-rescue exercise off the coast of Annaba last month.",
		ents:      []ent{org("Algerian Navy"), org("Italian Navy"), loc("Annaba")},
		want:      []want{{"exercise", "2026-05", "Annaba", "Italian Navy", ""}},
	}, {
		name:      "in the waters of a port",
		published: "2026-01-21",
		text:      "The two fleets will hold a passing exercise in the waters of Sattahip on Friday.",
		ents:      []ent{loc("Sattahip")},
		want:      []want{{"exercise", "2026-01-23", "Sattahip", "-", ""}},
	}, {
		name:      "a chain of heads",
		published: "2026-05-29",
		text:      "The coast guards of Japan and the Philippines will conduct joint drills off the coast of the province of Bataan from June 1 to 7.",
		ents:      []ent{loc("Bataan")},
		want:      []want{{"exercise", "2026-06-01/2026-06-07", "Bataan", "-", ""}},
	}, {
		name:      "in the vicinity of a town",
		published: "2026-03-12",
		text:      "Some 300 servicemen will take part in a joint exercise in the vicinity of the town of Otar in September.",
		ents:      []ent{loc("Otar")},
		want:      []want{{"exercise", "2026-09", "Otar", "-", ""}},
	}})
}
