package events

import "testing"

// TestPronounCeremonies covers a wreath-laying or homage told with "he"
// or "she" as subject after an opening phrase, in the shapes agencies
// write ("Earlier on Tuesday, he laid a wreath at the Victory Monument",
// "The previous day, she laid flowers at ..."): the pronoun takes up the
// subject of the sentence just before, not the host's state; with a
// sentence between that names no one, it stays unresolved.
func TestPronounCeremonies(t *testing.T) {
	guest, host := person("Tan Wei Ming", "SG"), person("Somchai Rak", "TH")
	ents := []ent{guest, host, country("SG", "Singaporean"), country("TH", "Thai"), loc("Bangkok"), loc("Victory Monument"), loc("Lak Mueang")}
	runClassCases(t, []classCase{{
		name:      "earlier on Tuesday, he laid a wreath",
		published: "2026-09-16",
		text: "Singaporean Permanent Secretary Tan Wei Ming held talks with Thai Permanent Secretary Somchai Rak in Bangkok on Tuesday. " +
			"Earlier on Tuesday, he laid a wreath at the Victory Monument.",
		ents: ents,
		want: []want{{"ceremony", "*", "*", "Tan Wei Ming", ""}},
		not:  []want{{"ceremony", "*", "*", "TH", ""}},
	}, {
		name:      "the previous day, she laid flowers",
		published: "2026-09-16",
		text: "Tan Wei Ming called on Somchai Rak at the ministry in Bangkok on Tuesday. " +
			"The previous day, she laid flowers at the Victory Monument.",
		ents: ents,
		want: []want{{"ceremony", "*", "*", "Tan Wei Ming", ""}},
	}, {
		name:      "a sentence naming no one between leaves the pronoun open",
		published: "2026-09-16",
		text: "Somchai Rak received Tan Wei Ming in Bangkok on Tuesday. " +
			"The Singaporean delegation will tour an air base on Thursday. " +
			"He will also pay homage at the Victory Monument.",
		ents: ents,
		not:  []want{{"ceremony", "*", "*", "Somchai Rak", ""}},
	}})
}
