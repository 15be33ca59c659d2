package events

import "testing"

// TestFalseOccasions covers words of an event type that name no event of
// that type: the signing ceremony of an agreement, a show named with its
// side conference, a joint statement cited as a source, and a visit paid
// to a person (a call on him, not a trip).
func TestFalseOccasions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a signing ceremony is the agreement, not a ceremony",
		published: "2026-01-26",
		text:      "Saudi Arabia and Romania signed a defence cooperation agreement in Riyadh on Monday. Officials from both sides attended the signing ceremony.",
		ents:      []ent{country("SA", "Saudi Arabia"), country("RO", "Romania"), loc("Riyadh")},
		want:      []want{{"agreement", "2026-01-26", "Riyadh", "RO", ""}},
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}, {
		name:      "the minister witnessed the signing ceremony of the memorandum",
		published: "2025-05-14",
		text:      "Minister Ana Berg witnessed the signing ceremony of a memorandum on military medicine between the two armies in Lima on Tuesday.",
		ents:      []ent{person("Ana Berg", "PE"), loc("Lima")},
		want:      []want{{"agreement", "2025-05-13", "Lima", "-", ""}},
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}, {
		name:      "a show named with its seminar is one exhibition",
		published: "2026-11-17",
		text:      "President Omar Said on Tuesday inaugurated the International Defence Exhibition and Seminar at the Karachi Expo Centre.",
		ents:      []ent{person("Omar Said", "PK"), loc("Karachi Expo Centre")},
		want:      []want{{"exhibition", "*", "*", "-", ""}},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}, {
		name:      "an expo and conference named together is one exhibition",
		published: "2026-04-21",
		text:      "The Defence Services Asia Exhibition and Conference opened in Kuala Lumpur on Monday.",
		ents:      []ent{loc("Kuala Lumpur")},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}, {
		name:      "a joint statement cited as the source is no statement",
		published: "2026-06-24",
		text:      "The defence ministers of Australia, Canada and Japan held talks on June 22, according to a joint statement released by the three ministries.",
		ents:      []ent{country("AU", "Australia"), country("CA", "Canada"), country("JP", "Japan")},
		not:       []want{{"statement", "*", "*", "-", ""}},
	}, {
		name:      "a joint statement that takes a position still is one",
		published: "2026-06-24",
		text:      "In a joint statement, the ministers of Australia and Japan said disputes must be resolved peacefully under international law.",
		ents:      []ent{country("AU", "Australia"), country("JP", "Japan")},
		want:      []want{{"statement", "*", "*", "-", ""}},
	}, {
		name:      "a protocol visit paid to a minister is a call on him",
		published: "2026-02-17",
		text:      "Minister Michel Haddad on Tuesday met Ambassador Kamel Bouchaba, who paid him a protocol visit upon taking up his new duties.",
		ents:      []ent{person("Michel Haddad", "LB"), person("Kamel Bouchaba", "DZ")},
		want:      []want{{"meeting", "2026-02-17", "*", "Kamel Bouchaba", ""}},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "a farewell visit paid to her is a call too",
		published: "2025-09-03",
		text:      "The outgoing attache, Colonel Tomas Berg, paid her a farewell visit at the ministry on Tuesday.",
		ents:      []ent{person("Tomas Berg", "SE")},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "a visit paid to a country is still a trip",
		published: "2025-09-03",
		text:      "General Tomas Berg paid an official visit to Chile from September 1 to 3.",
		ents:      []ent{person("Tomas Berg", "SE"), country("CL", "Chile")},
		want:      []want{{"visit", "2025-09-01/2025-09-03", "*", "Tomas Berg", ""}},
	}})
}
