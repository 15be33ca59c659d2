package events

import "testing"

// TestWhenClausePlaces covers a recalled event told in a ", when" clause
// after the place and time of an earlier meeting ("last met in Riyadh in
// February, when they signed ..."): it happened there. A place named
// only after the clause has closed is not its place.
func TestWhenClausePlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a signing recalled after the ministers' last meeting",
		published: "2026-06-10",
		text:      "NAIROBI, June 10 - Defence Cabinet Secretary Rose Wanjiru received the Tanzanian minister, Juma Mfinanga, on Tuesday. The two ministers last met in Arusha in March, when they signed a memorandum of understanding on border security.",
		ents:      []ent{loc("NAIROBI"), person("Rose Wanjiru", "KE"), person("Juma Mfinanga", "TZ"), loc("Arusha")},
		want:      []want{{"agreement", "2026-03", "Arusha", "Rose Wanjiru", ""}},
	}, {
		name:      "a recalled signing in a year after a city",
		published: "2026-06-10",
		text:      "HANOI, June 10 - General Tran Quoc Hung held talks with the Cuban delegation on Tuesday. The two sides met in Havana in 2024, when they signed a defence cooperation plan.",
		ents:      []ent{loc("HANOI"), person("Tran Quoc Hung", "VN"), loc("Havana")},
		want:      []want{{"agreement", "2024", "Havana", "Tran Quoc Hung", ""}},
	}})
}
