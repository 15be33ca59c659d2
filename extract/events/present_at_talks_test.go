package events

import "testing"

// TestPresentAtTalks covers persons only said to be present at talks,
// in the shapes agencies write it (fronted "Also present were", "Attending
// the meeting was", or "X and Y were also present" after the names): they
// are no party of the talks, while the attendees of a ceremony take part.
func TestPresentAtTalks(t *testing.T) {
	host, guest := person("Peter Okello", "UG"), person("Daniel Mutua", "KE")
	runClassCases(t, []classCase{{
		name:      "fronted: also present at the talks were",
		published: "2026-05-08",
		text: "General Peter Okello hosted General Daniel Mutua in Kampala on Thursday. " +
			"Also present at the talks were Lieutenant General Sam Kavu and Major General Grace Nama.",
		ents: []ent{host, guest, person("Sam Kavu", "UG"), person("Grace Nama", "UG"), loc("Kampala")},
		want: []want{{"meeting", "2026-05-07", "*", "Daniel Mutua", ""}},
		not:  []want{{"meeting", "*", "*", "Sam Kavu", ""}, {"meeting", "*", "*", "Grace Nama", ""}},
	}, {
		name:      "fronted: attending the meeting was",
		published: "2026-05-08",
		text: "Minister Ana Berg received Admiral Luis Prado in Lima on Thursday. " +
			"Attending the meeting was Ambassador Hugo Sanz.",
		ents: []ent{person("Ana Berg", "PE"), person("Luis Prado", "CL"), person("Hugo Sanz", "CL"), loc("Lima")},
		want: []want{{"meeting", "2026-05-07", "*", "Luis Prado", ""}},
		not:  []want{{"meeting", "*", "*", "Hugo Sanz", ""}},
	}, {
		name:      "after the names: were also present at the meeting",
		published: "2026-05-08",
		text: "General Peter Okello hosted General Daniel Mutua in Kampala on Thursday. " +
			"Lieutenant General Sam Kavu and Colonel Joseph Oti were also present at the meeting.",
		ents: []ent{host, guest, person("Sam Kavu", "UG"), person("Joseph Oti", "KE"), loc("Kampala")},
		want: []want{{"meeting", "2026-05-07", "*", "Peter Okello", ""}},
		not:  []want{{"meeting", "*", "*", "Sam Kavu", ""}, {"meeting", "*", "*", "Joseph Oti", ""}},
	}, {
		name:      "one who receives is no mere presence",
		published: "2026-05-08",
		text:      "Present in Kampala on a visit, General Daniel Mutua held talks with General Peter Okello on Thursday.",
		ents:      []ent{host, guest, loc("Kampala")},
		want:      []want{{"meeting", "2026-05-07", "*", "Peter Okello", ""}},
	}, {
		name:      "a ceremony's attendees take part",
		published: "2026-05-08",
		text:      "Also present at the wreath-laying ceremony were Lieutenant General Sam Kavu and Major General Grace Nama.",
		ents:      []ent{person("Sam Kavu", "UG"), person("Grace Nama", "UG")},
		want:      []want{{"ceremony", "*", "*", "Sam Kavu", ""}},
	}})
}
