package events

import "testing"

// TestRecalledInvitationPlaces covers an invitation a visit answers ("is
// in China at the invitation of X"): it was extended earlier, at no place
// the text gives, so it takes neither the country visited nor the
// dateline's city.
func TestRecalledInvitationPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a guest in the country at the host's invitation",
		published: "2026-04-08",
		text:      "BEIJING, April 8 - Mongolian Defence Minister Bold Ganbaatar is in China from April 6 to 10 at the invitation of Chinese Defence Minister Li Wei.",
		ents:      []ent{loc("BEIJING"), person("Bold Ganbaatar", "MN"), country("CN", "China"), person("Li Wei", "CN")},
		want:      []want{{"invitation", "*", "", "Li Wei", ""}},
		not:       []want{{"invitation", "*", "CN", "-", ""}, {"invitation", "*", "BEIJING", "-", ""}},
	}, {
		name:      "a four-day visit at a counterpart's invitation",
		published: "2026-06-03",
		text:      "NAIROBI, June 3 - The Chief of Defence Forces of Uganda, General Paul Okello, is in Kenya for a four-day official visit at the invitation of his Kenyan counterpart, General James Mwangi.",
		ents:      []ent{loc("NAIROBI"), person("Paul Okello", "UG"), country("KE", "Kenya"), person("James Mwangi", "KE")},
		want:      []want{{"invitation", "*", "", "James Mwangi", ""}},
		not:       []want{{"invitation", "*", "KE", "-", ""}, {"invitation", "*", "NAIROBI", "-", ""}},
	}})
}
