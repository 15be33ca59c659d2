package events

import "testing"

// TestCityBackReferences covers a city told again as "the city", "the
// port city" or "the town" ("The admiral, who arrived in the port city on
// Saturday, held talks at the command headquarters"): the event is in the
// city last named, not in the dateline's city; "the city of X" names X.
func TestCityBackReferences(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks in the port city the story named",
		published: "2026-06-15",
		text:      "NEW DELHI, June 15 - The Navy chief, Admiral Rakesh Menon, visited Visakhapatnam on Sunday.\n\nThe admiral, who arrived in the port city on Saturday, held talks with Vice Admiral Sunil Rao at the command headquarters the same evening.",
		ents:      []ent{loc("NEW DELHI"), person("Rakesh Menon", "IN"), loc("Visakhapatnam"), person("Sunil Rao", "IN")},
		want:      []want{{"meeting", "*", "Visakhapatnam", "Sunil Rao", ""}},
		not:       []want{{"meeting", "*", "NEW DELHI", "-", ""}},
	}, {
		name:      "a base toured in the city",
		published: "2026-05-04",
		text:      "JAKARTA, May 4 - Singapore's Defence Minister Chan Chun Sing arrived in Surabaya on Monday.\n\nLater in the day he held talks with Rear Admiral Denih Hendrata in the city.",
		ents:      []ent{loc("JAKARTA"), person("Chan Chun Sing", "SG"), loc("Surabaya"), person("Denih Hendrata", "ID")},
		want:      []want{{"meeting", "*", "Surabaya", "Denih Hendrata", ""}},
		not:       []want{{"meeting", "*", "JAKARTA", "-", ""}},
	}})
}
