package events

import "testing"

// TestFilingDay covers a lead dated only by its dateline ("ASTANA,
// August 8 (Kazinform) -"), the day the story was filed, whose event a
// later sentence tells again with the day it began: one event, dated by
// that day.
func TestFilingDay(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a visit that began the day before filing",
		published: "2025-08-08",
		text:      "Uzbek Chief of General Staff watches joint drill\n\nASTANA, August 8 (Kazinform) - The Chief of the General Staff of Uzbekistan, Major General Bakhodir Ergashev, is on a visit to Kazakhstan, the Ministry of Defence said on Friday.\n\nThe visit to Kazakhstan by General Ergashev began on Thursday with talks in Astana.",
		ents:      []ent{person("Bakhodir Ergashev", "UZ"), loc("Astana"), loc("ASTANA"), country("KZ", "Kazakhstan")},
		want:      []want{{"visit", "2025-08-07", "*", "Bakhodir Ergashev", "main"}},
		not:       []want{{"visit", "2025-08-08", "*", "-", ""}},
	}, {
		name:      "an exercise that opened on Monday",
		published: "2025-04-22",
		text:      "MANILA, April 22 (PNA) - Filipino and American troops are holding the annual Balikatan exercise in Luzon, the Armed Forces of the Philippines said.\n\nThe exercise opened on Monday with a ceremony at Camp Aguinaldo.",
		ents:      []ent{loc("MANILA"), loc("Luzon"), loc("Camp Aguinaldo"), org("Armed Forces of the Philippines")},
		want:      []want{{"exercise", "2025-04-21", "*", "-", "main"}},
		not:       []want{{"exercise", "2025-04-22", "*", "-", ""}},
	}, {
		name:      "a conference that began the day before",
		published: "2025-05-20",
		text:      "KUALA LUMPUR, May 20 (Bernama) - Defence chiefs of ten countries are attending a regional maritime security conference, the Ministry of Defence said.\n\nThe conference began on Monday at the Putra World Trade Centre.",
		ents:      []ent{loc("KUALA LUMPUR"), loc("Putra World Trade Centre"), org("Ministry of Defence")},
		want:      []want{{"conference", "2025-05-19", "*", "-", "main"}},
		not:       []want{{"conference", "2025-05-20", "*", "-", ""}},
	}})
}
