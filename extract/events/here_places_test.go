package events

import "testing"

// TestHerePlaces covers events told "here" or "in this city": the place
// is the dateline's city, also after a Bernama-style "KUANTAN:" dateline.
func TestHerePlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "arrived here for a visit",
		published: "2026-07-21",
		text:      "KUANTAN: Defence Minister Mohamad Hasan said on Tuesday that the navy would receive two new ships. General Ali Bakar, the Bruneian army chief, arrived here on Monday for a two-day working visit.",
		ents:      []ent{person("Mohamad Hasan", "MY"), person("Ali Bakar", "BN"), loc("KUANTAN")},
		want:      []want{{"visit", "*", "KUANTAN", "Ali Bakar", ""}},
	}, {
		name:      "arrived in this city",
		published: "2026-05-12",
		text:      "HAVANA, May 12 (PL) A delegation of the Vietnam People's Army headed by General Tran Quang Minh arrived in this city on Monday for an official visit.",
		ents:      []ent{person("Tran Quang Minh", "VN"), org("Vietnam People's Army"), loc("HAVANA")},
		want:      []want{{"visit", "*", "HAVANA", "Tran Quang Minh", ""}},
	}, {
		name:      "a ceremony at a camp here",
		published: "2026-03-09",
		text:      "KUCHING: The army chief praised the troops of the Third Infantry Brigade on Friday. On Thursday, he attended the closing ceremony of the field training exercise held here.",
		ents:      []ent{loc("KUCHING")},
		want:      []want{{"ceremony", "*", "KUCHING", "-", ""}},
	}})
}
