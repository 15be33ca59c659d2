package events

import "testing"

// TestHeadlineSitePlaces covers an exercise or ceremony the headline
// places in a town or region and the lead places at a site inside it
// ("opens in Umroi" told again as "opened at the Joint Training Node in
// Umroi"): the site the lead names is the finer place.
func TestHeadlineSitePlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a drill opened at a training node in the headline's town",
		published: "2026-09-22",
		text:      "India-Kazakhstan joint military exercise opens in Umroi\n\nUMROI, Sept 22 - The joint military exercise of India and Kazakhstan opened on Monday at the Joint Training Node in Umroi.",
		ents:      []ent{loc("Umroi"), loc("Joint Training Node"), country("IN", "India"), country("KZ", "Kazakhstan")},
		want:      []want{{"exercise", "*", "Joint Training Node", "-", ""}},
		not:       []want{{"exercise", "*", "Umroi", "-", ""}},
	}})
}
