package events

import "testing"

// TestOnlineForumPairs covers two forums joined by "and" and held online
// together: neither has a place, each has the range; a forum held in a
// city beside one held online keeps its city.
func TestOnlineForumPairs(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two numbered forums held online",
		published: "2026-02-20",
		text:      "The 3rd Mekong Defence Industry Forum and the 2nd Mekong Military Medicine Chiefs' Meeting will be held online from March 3-4, the ministry said in Vientiane.",
		ents:      []ent{org("Mekong Defence Industry Forum"), org("Mekong Military Medicine Chiefs' Meeting"), loc("Vientiane")},
		want: []want{
			{"conference", "2026-03-03/2026-03-04", "", "Mekong Defence Industry Forum", ""},
			{"conference", "2026-03-03/2026-03-04", "", "Mekong Military Medicine Chiefs' Meeting", ""},
		},
		not: []want{{"conference", "*", "Vientiane", "-", ""}},
	}, {
		name:      "a symposium and a seminar held virtually",
		published: "2025-11-02",
		text:      "LIMA - The 7th Pacific Rim Naval Symposium and the 4th Andean Logistics Seminar were held virtually on October 30, the navy said.",
		ents:      []ent{org("Pacific Rim Naval Symposium"), org("Andean Logistics Seminar"), loc("LIMA")},
		want: []want{
			{"conference", "2025-10-30", "", "Pacific Rim Naval Symposium", ""},
			{"conference", "2025-10-30", "", "Andean Logistics Seminar", ""},
		},
	}, {
		name:      "a forum in a city and a meeting held online",
		published: "2026-02-20",
		text:      "The 3rd Mekong Defence Industry Forum opened in Vientiane on Thursday, and the 2nd Mekong Military Medicine Chiefs' Meeting was held online the same day.",
		ents:      []ent{org("Mekong Defence Industry Forum"), org("Mekong Military Medicine Chiefs' Meeting"), loc("Vientiane")},
		want: []want{
			{"conference", "2026-02-19", "Vientiane", "Mekong Defence Industry Forum", ""},
		},
	}})
}
