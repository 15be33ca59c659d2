package events

import "testing"

// TestDeparturesDecisionsDatelines covers contingents
// leaving or flagged off for a mission, a council's decision told in the
// passive, the capital dateline as the place of the main event, and
// forces "joined by troops from" a list of countries as participants of
// the exercise. Names, places and countries differ from the samples.
func TestDeparturesDecisionsDatelines(t *testing.T) {
	tests := []classCase{{
		name:      "a contingent flagged off for a mission is a deployment",
		published: "2024-09-10",
		text:      "DHAKA — Army chief General Waker-Uz-Zaman flagged off a contingent of 200 peacekeepers for UNMISS on Monday.",
		ents:      []ent{person("Waker-Uz-Zaman", "BD"), org("UNMISS"), country("BD", "DHAKA")},
		want:      []want{{"deployment", "2024-09-09", "*", "-", "main"}},
	}, {
		name:      "a battalion departing for a mission is a deployment",
		published: "2024-03-02",
		text:      "The Nepali Battalion will depart for UNIFIL on Sunday, the army said.",
		ents:      []ent{org("UNIFIL"), org("Nepali Battalion")},
		want:      []want{{"deployment", "2024-03-03", "*", "Nepali Battalion", "main"}},
	}, {
		name:      "a mission expanded by the Security Council: its decision, dated by what it followed",
		published: "2024-04-01",
		text: "Indonesian peacekeepers leave for Lebanon\n\n" +
			"Indonesia has served in UNIFIL since 2006, following the expansion of the mission by the UN Security Council after the 2006 conflict.",
		ents: []ent{org("UN Security Council"), org("UNIFIL"), country("ID", "Indonesia"), country("LB", "Lebanon")},
		want: []want{{"decision", "2006", "", "UN Security Council", "background"}},
		not:  []want{{"decision", "*", "*", "ID", ""}},
	}, {
		name:      "a city-state dateline is the place of the main talks, as its code",
		published: "2024-06-01",
		text:      "MONACO — Monaco's Minister of State Didier Guillaume and visiting Italian Defence Minister Guido Crosetto held talks on Friday.",
		ents:      []ent{person("Didier Guillaume", "MC"), person("Guido Crosetto", "IT"), country("MC", "MONACO", "Monaco"), country("IT", "Italian")},
		want:      []want{{"meeting", "2024-05-31", "MC", "Guido Crosetto", "main"}},
	}, {
		name:      "a dateline in small letters with a date and an agency places the main talks",
		published: "2026-01-14",
		text:      "Tartu, January 14 (ERR) - Defence Minister Ivo Marek met today with the visiting Chief of Defence of Poland, General Jan Wrona.",
		ents:      []ent{person("Ivo Marek", "EE"), person("Jan Wrona", "PL"), loc("Tartu"), country("PL", "Poland")},
		want:      []want{{"meeting", "2026-01-14", "Tartu", "Jan Wrona", "main"}},
	}, {
		name:      "a dateline with a year and an agency after commas places the main talks",
		published: "2025-12-03",
		text:      "Tartu, December 3, 2025, ERR -- Defence Minister Ivo Marek received General Jan Wrona today.",
		ents:      []ent{person("Ivo Marek", "EE"), person("Jan Wrona", "PL"), loc("Tartu")},
		want:      []want{{"meeting", "2025-12-03", "Tartu", "Jan Wrona", "main"}},
	}, {
		name:      "a capital dateline gives an exercise its host country; troops joining are participants",
		published: "2024-08-20",
		text: "MANILA, Aug 19 — The Philippines and Australia on Monday opened Exercise Alon 2024.\n\n" +
			"The Armed Forces of the Philippines and the Australian Defence Force are joined by troops from Canada, Indonesia and the United States.",
		ents: []ent{loc("MANILA"), country("PH", "Philippines"), country("AU", "Australia"), country("CA", "Canada"),
			country("ID", "Indonesia"), country("US", "United States"), org("Armed Forces of the Philippines"), org("Australian Defence Force")},
		want: []want{
			{"exercise", "*", "PH", "CA", "main"},
			{"exercise", "*", "PH", "Australian Defence Force", "main"},
		},
	}}
	runClassCases(t, tests)
}
