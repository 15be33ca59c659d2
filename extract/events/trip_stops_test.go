package events

import "testing"

// TestTripStops covers the stops of a trip told after the trip itself:
// the town a visitor travels to for a site visit ("will travel to Pune to
// visit the academy") places it, and two sites joined by "and" with a verb
// and a day each are two visits with their own days.
func TestTripStops(t *testing.T) {
	ents := []ent{country("KR", "South Korea"), country("MY", "Malaysia"), country("IN", "India"), country("KE", "Kenya"),
		person("Ali Hassan", "MY"), person("John Mwangi", "KE"),
		loc("Seoul"), loc("Geoje"), loc("Changwon"), loc("Pune"), loc("Kochi"), loc("New Delhi"),
		org("Daewoo"), org("Naval Academy"), org("Defence Academy"), org("Naval Command")}
	trip := "Kenyan general to visit India\n\nNEW DELHI, February 27 - General John Mwangi will pay an official visit to India from March 2 to 5.\n\n"
	korea := "Malaysian navy chief visits Korea\n\nSEOUL, April 16 - Admiral Ali Hassan is on an official visit to South Korea from April 14 to 17.\n\n"
	runClassCases(t, []classCase{{
		name:      "travel to a town to visit a body there",
		published: "2026-02-27",
		text:      trip + "He will travel to Pune on March 4 to visit the Defence Academy, and will also visit the Naval Command in Kochi on March 5.",
		ents:      ents,
		want:      []want{{"visit", "2026-03-04", "Pune", "John Mwangi", "reported"}, {"visit", "2026-03-05", "Kochi", "John Mwangi", "reported"}},
		not:       []want{{"visit", "*", "Defence Academy", "-", ""}},
	}, {
		name:      "fly to a town later to visit a body",
		published: "2026-02-27",
		text:      trip + "General John Mwangi will later fly to Kochi to visit the Naval Command.",
		ents:      ents,
		want:      []want{{"visit", "*", "Kochi", "John Mwangi", "reported"}},
	}, {
		name:      "the body's own town still wins",
		published: "2026-02-27",
		text:      trip + "On March 4 he will head to the west to visit the Defence Academy in Pune.",
		ents:      ents,
		want:      []want{{"visit", "2026-03-04", "Pune", "John Mwangi", "reported"}},
	}, {
		name:      "two verbs, two towns, two days",
		published: "2026-04-16",
		text:      korea + "Ali Hassan toured the Daewoo shipyard in Geoje on Wednesday and visited the Naval Academy in Changwon on Thursday, the navy said.",
		ents:      ents,
		want:      []want{{"visit", "2026-04-15", "Geoje", "Ali Hassan", "reported"}, {"visit", "2026-04-16", "Changwon", "Ali Hassan", "reported"}},
	}, {
		name:      "the second verb with no day of its own takes the first's",
		published: "2026-04-16",
		text:      korea + "On Wednesday, Ali Hassan toured the Daewoo shipyard in Geoje and later visited the Naval Academy in Changwon.",
		ents:      ents,
		want:      []want{{"visit", "2026-04-15", "Geoje", "Ali Hassan", "reported"}, {"visit", "2026-04-15", "Changwon", "Ali Hassan", "reported"}},
	}})
}
