package events

import "testing"

// TestSitesInTowns covers a site named with the town or province that
// holds it ("at Sattahip Naval Base in Chon Buri province", "at the RMAF
// Butterworth base in Penang"): the site is the finer place; a site in
// another clause ("laid a wreath at the Memorial in Muscat and paid a
// courtesy call on X") leaves the town to the call.
func TestSitesInTowns(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a naval base in a province before a visit",
		published: "2026-01-21",
		text:      "Two ships of the Japan Maritime Self-Defense Force arrived on Tuesday at Sattahip Naval Base in Chon Buri province for a four-day goodwill visit.",
		ents:      []ent{org("Japan Maritime Self-Defense Force"), loc("Sattahip Naval Base"), loc("Chon Buri province")},
		want:      []want{{"visit", "*", "Sattahip Naval Base", "-", ""}},
	}, {
		name:      "an air base named by its town",
		published: "2025-10-06",
		text:      "The opening ceremony at the Royal Malaysian Air Force Butterworth base in Penang was officiated by General Mohd Nizam.",
		ents:      []ent{person("Mohd Nizam", "MY"), org("Royal Malaysian Air Force"), loc("Butterworth"), loc("Penang")},
		want:      []want{{"ceremony", "*", "Butterworth", "Mohd Nizam", ""}},
	}, {
		name:      "a site of another clause",
		published: "2026-01-20",
		text:      "Earlier, the British Defence Secretary John Healey laid a wreath at the Armed Forces Memorial in Muscat and paid a courtesy call on Sayyid Shihab.",
		ents:      []ent{person("John Healey", "GB"), person("Sayyid Shihab", "OM"), loc("Armed Forces Memorial"), loc("Muscat")},
		want:      []want{{"meeting", "*", "Muscat", "Sayyid Shihab", ""}},
	}})
}
