package events

import "testing"

// TestHeadlineTalksAtForums covers a headline about talks whose lead tells
// the talks between two named persons held while attending a forum or on
// its sidelines: the talks stay a meeting beside the forum, while a
// headline meeting the lead tells only as a session of a mechanism is
// that session.
func TestHeadlineTalksAtForums(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks while attending a forum under a talks headline",
		published: "2027-10-12",
		text:      "Defence minister holds talks in Hanoi\n\nGeneral Ivo Brand, Minister of Defence, held talks with General Lam Tuan, Minister of National Defence of Viet Nam, on October 10 while attending the 4th Hanoi Security Forum.",
		ents:      []ent{person("Ivo Brand", "NL"), person("Lam Tuan", "VN"), loc("Hanoi"), org("Hanoi Security Forum")},
		want: []want{
			{"meeting", "2027-10-10", "*", "Lam Tuan", "main"},
			{"conference", "2027-10-10", "*", "-", ""},
		},
	}, {
		name:      "a bilateral meeting on the sidelines under a meets headline",
		published: "2027-06-03",
		text:      "Minister meets Chilean counterpart in Lima\n\nMinister Rosa Vidal met her Chilean counterpart Pedro Soto on the sidelines of the Andean Defence Conference in Lima on Tuesday.",
		ents:      []ent{person("Rosa Vidal", "PE"), person("Pedro Soto", "CL"), loc("Lima"), org("Andean Defence Conference")},
		want: []want{
			{"meeting", "2027-06-01", "*", "Pedro Soto", "main"},
		},
	}, {
		name:      "a headline meeting told as the session of a commission stays one dialogue",
		published: "2027-04-09",
		text:      "Peru and Ecuador hold binational meeting in Tumbes\n\nGeneral Luis Paz and General Mario Vera co-chaired the 19th Binational Meeting of Commanders-in-Chief in Tumbes on Wednesday.",
		ents:      []ent{person("Luis Paz", "PE"), person("Mario Vera", "EC"), country("PE", "Peru"), country("EC", "Ecuador"), loc("Tumbes")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}})
}
