package events

import "testing"

// TestContributionsComponentsRegions covers a standing
// troop contribution dated by its "since" year, listed components of an
// exercise that are no exercises of their own, and a world region that is
// never an event's place. Names, places and countries differ from the
// held-out articles.
func TestContributionsComponentsRegions(t *testing.T) {
	tests := []classCase{{
		name:      "a contribution since a year is a background deployment of that year",
		published: "2024-06-01",
		text: "Ghanaian peacekeepers leave for Lebanon\n\n" +
			"Ghana has contributed troops to UNIFIL since 1979, following a request by the United Nations.",
		ents: []ent{org("UNIFIL"), org("United Nations"), country("GH", "Ghana", "Ghanaian"), country("LB", "Lebanon")},
		want: []want{{"deployment", "1979", "*", "GH", "background"}},
	}, {
		name:      "a since year elsewhere still dates nothing",
		published: "2024-06-01",
		text:      "Ghana has sent observers to the talks, which have run since 1979.",
		ents:      []ent{country("GH", "Ghana")},
		not:       []want{{"deployment", "1979", "*", "-", ""}},
	}, {
		name:      "a staff exercise listed among the drills is no exercise of its own",
		published: "2024-05-06",
		text: "Exercise Balikatan 2024 opened in Manila on Monday.\n\n" +
			"The drills will include a live-fire exercise, a staff exercise, a command post exercise and disaster relief training.",
		ents: []ent{loc("Manila")},
		not:  []want{{"exercise", "2024", "*", "-", "reported"}},
	}, {
		name:      "a world region is not where an earlier exercise took place",
		published: "2024-07-10",
		text: "Exercise Pacific Partnership opened on Monday.\n\n" +
			"First held in 1971 as a bilateral exercise between Australian and New Zealand forces, it has since grown into one of the largest drills in the Asia-Pacific region.",
		ents: []ent{loc("Asia-Pacific"), country("AU", "Australian"), country("NZ", "New Zealand")},
		want: []want{{"exercise", "1971", "", "-", "background"}},
		not:  []want{{"exercise", "*", "Asia-Pacific", "-", ""}},
	}}
	runClassCases(t, tests)
}
