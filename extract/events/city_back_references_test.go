package events

import "testing"

// TestCityBackReferences covers a city told again as "the city", "the
// port city" or "the town" ("The admiral, who arrived in the port city on
// Saturday, held talks at the command headquarters"): the event is in the
// city last named, not in the dateline's city; "the city of X" names X.
// Two rules read "in the city": cityBackNear (the city last named) and,
// after it, hereNear's theCityAt (the dateline's city). The first wins
// whenever the story named a city within cityBackReach sentences (the
// first two cases fail when the order is turned round); "in the capital"
// points at the dateline's city alone.
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
	}, {
		name:      "'in the capital' is the dateline's city, not the city last named",
		published: "2026-05-04",
		text:      "JAKARTA, May 4 - Singapore's Defence Minister Chan Chun Sing toured a shipyard in Surabaya on Sunday.\n\nOn Monday he held talks with Rear Admiral Denih Hendrata in the capital.",
		ents:      []ent{locIn("JAKARTA", "ID"), person("Chan Chun Sing", "SG"), locIn("Surabaya", "ID"), person("Denih Hendrata", "ID")},
		want:      []want{{"meeting", "*", "JAKARTA", "Denih Hendrata", ""}},
		not:       []want{{"meeting", "*", "Surabaya", "-", ""}},
	}})
}
