package events

import "testing"

// TestSeriesEditionParties covers an earlier edition of an exercise series
// recalled in a sentence that names no actor: it is the series' states',
// not the units or forces that train in this year's edition, which need
// not be those that trained in the first one. A body the recalling
// sentence names still takes part.
func TestSeriesEditionParties(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the first edition recalled with no actor of its own",
		published: "2026-04-14",
		text: "Soldiers of the Indian Army and the Royal Thai Army are taking part in the joint exercise Jungle Hawk in Kanchanaburi until April 25.\n" +
			"The first edition of the exercise was held in 2019.",
		ents: []ent{orgOf("Indian Army", "IN"), orgOf("Royal Thai Army", "TH"), loc("Kanchanaburi")},
		want: []want{{"exercise", "2019", "*", "IN", "background"}, {"exercise", "2019", "*", "TH", "background"}},
		not:  []want{{"exercise", "2019", "*", "Indian Army", "background"}, {"exercise", "2019", "*", "Royal Thai Army", "background"}},
	}, {
		name:      "the previous edition recalled after a drill of two navies",
		published: "2026-09-02",
		text: "The Chilean Navy and the Peruvian Navy began the combined exercise Pacific Shield off Callao on Tuesday.\n" +
			"The previous edition took place in Valparaiso in 2024.",
		ents: []ent{orgOf("Chilean Navy", "CL"), orgOf("Peruvian Navy", "PE"), loc("Callao"), loc("Valparaiso")},
		want: []want{{"exercise", "2024", "*", "CL", "background"}, {"exercise", "2024", "*", "PE", "background"}},
		not:  []want{{"exercise", "2024", "*", "Chilean Navy", "background"}},
	}, {
		name:      "a series one host force runs for others keeps its host",
		published: "2026-07-14",
		text: "Aircraft from 12 nations are taking part in the multinational air exercise Southern Kiwi, hosted by the Royal New Zealand Air Force at Ohakea until July 24.\n" +
			"The previous edition took place in 2024.",
		ents: []ent{orgOf("Royal New Zealand Air Force", "NZ"), loc("Ohakea")},
		want: []want{{"exercise", "2024", "*", "Royal New Zealand Air Force", "background"}},
	}})
}
