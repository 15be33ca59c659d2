package events

import "testing"

// TestRecalledVisits covers a visit told by a verb of coming in a clause
// opened by "after" ("a return visit after Minister X came to Jakarta in
// January"): an earlier visit in the background, made by the clause's
// subject alone, with its own month; the story's visit stays main.
func TestRecalledVisits(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a return visit after the host came to the capital",
		published: "2027-03-06",
		text:      "Minister Rui Costa ended a three-day visit to Lima on Friday, a return visit after Minister Pedro Vega came to Lisbon in January.",
		ents:      []ent{person("Rui Costa", "PT"), person("Pedro Vega", "PE"), loc("Lima"), loc("Lisbon")},
		want: []want{
			{"visit", "*", "Lima", "Rui Costa", "main"},
			{"visit", "2027-01", "Lisbon", "Pedro Vega", "background"},
		},
		not: []want{{"visit", "*", "Lisbon", "Rui Costa", ""}},
	}, {
		name:      "travelled to, after a comma",
		published: "2027-11-12",
		text:      "General Ana Ruiz arrived in Hanoi on Friday for talks, months after General Lee Kim travelled to Manila in July.",
		ents:      []ent{person("Ana Ruiz", "PH"), person("Lee Kim", "VN"), loc("Hanoi"), loc("Manila")},
		want: []want{
			{"visit", "*", "Hanoi", "Ana Ruiz", "main"},
			{"visit", "2027-07", "Manila", "Lee Kim", "background"},
		},
		not: []want{{"visit", "*", "Manila", "Ana Ruiz", ""}},
	}, {
		name:      "a verb of coming with no opening after is the story's own visit",
		published: "2027-05-04",
		text:      "General Park Min-jun came to Canberra on Monday for talks with the chief of the defence force.",
		ents:      []ent{person("Park Min-jun", "KR"), loc("Canberra")},
		want:      []want{{"visit", "2027-05-03", "Canberra", "Park Min-jun", "main"}},
	}})
}
