package events

import "testing"

// TestListedDepartureDates covers movements of forces told with a list of
// dates: "will fly out in two groups on June 3 and June 9" tells one
// departure per date, while a span ("between June 3 and 9") stays one
// movement and talks on two listed days stay one meeting.
func TestListedDepartureDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two groups on two listed days",
		published: "2025-06-01",
		text:      "An advance team of the peacekeeping battalion left Kigali on May 28, and the main body will fly out in two groups on June 3 and June 9.",
		ents:      []ent{loc("Kigali")},
		want: []want{
			{"deployment", "2025-05-28", "*", "-", ""},
			{"deployment", "2025-06-03", "*", "-", ""},
			{"deployment", "2025-06-09", "*", "-", ""},
		},
	}, {
		name:      "three waves on a list of days",
		published: "2025-06-01",
		text:      "The peacekeeping contingent will depart for the mission in three waves on June 4, June 11 and June 18.",
		want: []want{
			{"deployment", "2025-06-04", "*", "-", ""},
			{"deployment", "2025-06-11", "*", "-", ""},
			{"deployment", "2025-06-18", "*", "-", ""},
		},
	}, {
		name:      "a span between two days stays one movement",
		published: "2025-06-01",
		text:      "The main body of the peacekeeping contingent will depart for the mission between June 3 and June 9.",
		want:      []want{{"deployment", "2025-06-03/2025-06-09", "*", "-", ""}},
		not:       []want{{"deployment", "2025-06-09", "*", "-", ""}},
	}, {
		name:      "talks on two listed days stay one meeting",
		published: "2025-06-01",
		text:      "General Omar Haddad met Admiral Leila Nasser in Amman on May 20 and May 21.",
		ents:      []ent{person("Omar Haddad", "JO"), person("Leila Nasser", "JO"), loc("Amman")},
		count:     1,
	}})
}
