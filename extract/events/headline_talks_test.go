package events

import "testing"

// TestHeadlineTalks covers headlines that call a session of a standing
// mechanism a meeting while the lead tells it as that session: one
// dialogue, main, with the headline's place when the lead gives none.
func TestHeadlineTalks(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a binational meeting co-chaired by two commanders",
		published: "2025-10-24",
		text:      "Peru and Ecuador armed forces hold binational meeting in Tumbes\n\nLIMA - General Ana Ruiz and General Tomas Vega co-chaired on Thursday the 18th Binational Meeting of Commanders-in-Chief in Tumbes.",
		ents:      []ent{country("PE", "Peru"), country("EC", "Ecuador"), person("Ana Ruiz", "PE"), person("Tomas Vega", "EC"), loc("Tumbes")},
		want:      []want{{"dialogue", "2025-10-23", "Tumbes", "Tomas Vega", "main"}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "an annual board meeting whose session the lead tells as co-chaired",
		published: "2025-09-20",
		text:      "Chile, Peru defence officials hold annual board meeting in Arica\n\nSenior officials of Chile and Peru agreed on Friday to expand joint patrols. The meeting was co-chaired by General Ana Ruiz and Admiral Tomas Vega.",
		ents:      []ent{country("CL", "Chile"), country("PE", "Peru"), person("Ana Ruiz", "CL"), person("Tomas Vega", "PE"), loc("Arica")},
		want:      []want{{"dialogue", "*", "Arica", "Ana Ruiz", "main"}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "a headline meeting with no session in the lead stays",
		published: "2025-09-20",
		text:      "Chilean, Peruvian ministers meet in Arica\n\nMinister Ana Ruiz received Minister Tomas Vega in Arica on Friday.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Tomas Vega", "PE"), loc("Arica")},
		want:      []want{{"meeting", "2025-09-19", "Arica", "Tomas Vega", "main"}},
	}})
}
