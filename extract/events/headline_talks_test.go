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

// TestHeadlineTalksNotEditionsToCome covers a headline's talks whose lead
// also agrees on a session of a mechanism still to come ("agreed to hold a
// 2+2 dialogue later this year"): that session is not the talks told, so
// the talks stay, main, and the dialogue to come stays reported.
func TestHeadlineTalksNotEditionsToCome(t *testing.T) {
	ents := []ent{country("JP", "Japan"), country("AU", "Australia"), person("Aiko Mori", "JP"), person("Ben Hale", "AU"), loc("Tokyo"), loc("Canberra")}
	runClassCases(t, []classCase{{
		name:      "phone talks, then a 2+2 dialogue agreed for later in the year",
		published: "2026-07-09",
		text:      "Japan, Australia defence chiefs hold phone talks\n\nTOKYO - Defence Minister Aiko Mori and his Australian counterpart Ben Hale held phone talks on Wednesday. Mori and Hale also agreed to hold a two-plus-two security dialogue in Tokyo later this year.",
		ents:      ents,
		want:      []want{{"meeting", "2026-07-08", "", "Ben Hale", "main"}, {"dialogue", "2026", "Tokyo", "JP", "reported"}},
	}, {
		name:      "talks in the capital, with the next policy dialogue to be held abroad",
		published: "2026-03-12",
		text:      "Japanese, Australian ministers hold talks in Tokyo\n\nTOKYO - Defence Minister Aiko Mori held talks with visiting Australian Defence Minister Ben Hale in Tokyo on Wednesday. The two ministers agreed to hold the 9th defence policy dialogue in Canberra next year.",
		ents:      ents,
		want:      []want{{"meeting", "2026-03-11", "Tokyo", "Ben Hale", "main"}},
		not:       []want{{"dialogue", "*", "*", "-", "main"}},
	}})
}
