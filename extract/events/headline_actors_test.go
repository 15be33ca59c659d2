package events

import "testing"

// TestHeadlineActors covers a headline event that the lead tells with
// another verb: the headline's deployment takes the actors of the lead
// sentence (the unit, the army), which its own words leave unnamed.
func TestHeadlineActors(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a headline deployment takes the unit the lead names",
		published: "2025-08-14",
		text:      "Army sends off 150 troops to regional mission in Liberia\n\nABUJA, Aug 14 (NAN) - The Nigerian Army on Thursday sent off a 150-member contingent, Nigerian Company 4, for peace support operations in Liberia.",
		ents:      []ent{org("Nigerian Army"), org("Nigerian Company 4"), country("LR", "Liberia"), loc("ABUJA")},
		want:      []want{{"deployment", "*", "*", "Nigerian Company 4", "main"}},
	}, {
		name:      "a headline event the lead retells keeps its own actors",
		published: "2025-03-06",
		text:      "Kenya, Peru sign defence pact\n\nNAIROBI, Mar 6 - Defence Secretary Amina Odera and Minister Luis Toro on Thursday signed a defence cooperation agreement in Nairobi, witnessed by General Omar Lule.",
		ents:      []ent{person("Amina Odera", "KE"), person("Luis Toro", "PE"), person("Omar Lule", "KE"), loc("Nairobi"), loc("NAIROBI")},
		want:      []want{{"agreement", "2025-03-06", "*", "Luis Toro", "main"}},
		count:     1,
	}})
}
