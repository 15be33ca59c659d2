package events

import "testing"

// TestActsAtTheMeeting covers a sentence opened by "At the meeting" that
// tells two acts of the talks told just before (a signing and a shared
// position): both took place at those talks, on their days and at their
// place, not at the story's later reception.
func TestActsAtTheMeeting(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "minutes signed and a position agreed at a border meeting",
		published: "2026-03-06",
		text:      "Vientiane (KPL) - At a reception in Vientiane on March 5 for Major General Tran Hieu, Lieutenant General Vong Keo praised the results of the 12th border defence cooperation meeting.\n\nThe meeting, held in Luang Prabang on March 3-4, was co-chaired by Tran Hieu and Brigadier General Souk Phomma.\n\nAt the meeting, the two sides signed its minutes and agreed that the shared border must remain one of peace and cooperation.",
		ents:      []ent{person("Tran Hieu", "VN"), person("Vong Keo", "LA"), person("Souk Phomma", "LA"), loc("Vientiane"), loc("Luang Prabang")},
		want:      []want{{"statement", "2026-03-03/2026-03-04", "Luang Prabang", "-", ""}, {"agreement", "2026-03-03/2026-03-04", "*", "-", ""}},
		not:       []want{{"statement", "2026-03-05", "*", "-", ""}},
	}, {
		name:      "a letter signed and a position affirmed at talks of the day before",
		published: "2025-05-08",
		text:      "JAKARTA (ANTARA) - Defence Minister Budi Santoso received Malaysian Army chief General Azlan Ismail in Jakarta on May 7.\n\nMajor General Rudi Hartono and Major General Faizal Omar held the annual army staff talks in Bandung on May 6.\n\nAt the talks, the two sides signed a letter of intent on border patrols and agreed that disputes must be settled peacefully.",
		ents:      []ent{person("Budi Santoso", "ID"), person("Azlan Ismail", "MY"), person("Rudi Hartono", "ID"), person("Faizal Omar", "MY"), loc("Jakarta"), loc("Bandung")},
		want:      []want{{"statement", "2025-05-06", "Bandung", "-", ""}},
		not:       []want{{"statement", "2025-05-07", "*", "-", ""}},
	}})
}
