package events

import "testing"

// TestLedDelegations covers a trip told by the delegation its actor leads
// ("X leads delegation to the expo in Doha"): a visit of X to the place
// after "to"/"in".
func TestLedDelegations(t *testing.T) {
	ali := person("Ahmad Ali", "MY", "Ali")
	runClassCases(t, []classCase{{
		name:      "headline without an article",
		published: "2026-03-02",
		text:      "Ahmad Ali leads Malaysian delegation to defence show in Doha",
		ents:      []ent{ali, loc("Doha")},
		want:      []want{{"visit", "*", "Doha", "Ahmad Ali", ""}},
	}, {
		name:      "a high-level delegation in a dated lead",
		published: "2026-03-02",
		text:      "Deputy Minister Ahmad Ali on Monday led a high-level delegation to Jakarta for the annual staff talks.",
		ents:      []ent{ali, loc("Jakarta")},
		want:      []want{{"visit", "2026-03-02", "Jakarta", "Ahmad Ali", ""}},
	}, {
		name:      "a delegation led by someone is no trip of its own",
		published: "2026-03-02",
		text:      "Minister Ahmad Ali received a delegation led by the army commander in Kuala Lumpur on Monday.",
		ents:      []ent{ali, loc("Kuala Lumpur")},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}})
}

// TestFacilityOpenings covers an official opening a facility ("later
// opened a new rehabilitation centre"): a ceremony of its own, while
// "opened a new chapter" names no facility and is none.
func TestFacilityOpenings(t *testing.T) {
	sato := person("Daulet Sato", "KZ")
	runClassCases(t, []classCase{{
		name:      "a second act of the lead",
		published: "2026-04-10",
		text:      "Defence Minister Daulet Sato on Thursday received the Polish ambassador and later opened a new rehabilitation centre for servicemen in Astana.",
		ents:      []ent{sato, loc("Astana")},
		want:      []want{{"ceremony", "2026-04-09", "Astana", "Daulet Sato", ""}},
	}, {
		name:      "a military hospital",
		published: "2026-04-10",
		text:      "Defence Minister Daulet Sato opened the new military hospital in Astana on Thursday.",
		ents:      []ent{sato, loc("Astana")},
		want:      []want{{"ceremony", "2026-04-09", "Astana", "Daulet Sato", ""}},
	}, {
		name:      "a new chapter is no facility",
		published: "2026-04-10",
		text:      "Defence Minister Daulet Sato said the agreement opened a new chapter in the cooperation of the two armies.",
		ents:      []ent{sato},
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}})
}
