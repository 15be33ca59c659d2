package events

import "testing"

// TestInvitationDates covers a visit made "at the invitation of" a host:
// the invitation is recalled and the text never says when it was
// extended, so it takes neither the visit's days nor the day of the
// arrival told with "earlier in the day".
func TestInvitationDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a visit's span is not the invitation's date",
		published: "2025-12-09",
		text:      "VIENTIANE, Dec 9 (KPL) -- A delegation led by Lieutenant General Le Thai is on an official visit to Laos from December 8 to 11 at the invitation of the Lao Ministry of National Defence.",
		ents:      []ent{person("Le Thai", "VN"), loc("VIENTIANE"), country("LA", "Laos"), org("Lao Ministry of National Defence")},
		want:      []want{{"invitation", "", "*", "-", "background"}},
		not:       []want{{"invitation", "2025-12-08/2025-12-11", "*", "-", ""}},
	}, {
		name:      "an arrival earlier in the day",
		published: "2025-11-20",
		text:      "ABU DHABI - Chief of Staff Lieutenant General Saad Al-Amiri received his Kuwaiti counterpart Lieutenant General Fahad Al-Nasser on Thursday.\n\nAl-Nasser arrived in Abu Dhabi earlier in the day on a two-day official visit at the invitation of Al-Amiri.",
		ents:      []ent{person("Saad Al-Amiri", "AE"), person("Fahad Al-Nasser", "KW"), loc("Abu Dhabi"), loc("ABU DHABI")},
		want:      []want{{"invitation", "", "*", "-", "background"}},
		not:       []want{{"invitation", "2025-11-20", "*", "-", ""}},
	}, {
		name:      "a stay told with its days",
		published: "2025-04-08",
		text:      "BEIJING - Chinese Defence Minister Dong Jun held talks with Mongolian Defence Minister Bat Erdene in Beijing on Monday.\n\nBat Erdene is in China from April 6 to 10 at the invitation of Dong.",
		ents:      []ent{person("Dong Jun", "CN", "Dong"), person("Bat Erdene", "MN"), loc("Beijing"), loc("BEIJING"), country("CN", "China")},
		want:      []want{{"invitation", "", "*", "-", "background"}},
		not:       []want{{"invitation", "2025-04-06/2025-04-10", "*", "-", ""}},
	}})
}
