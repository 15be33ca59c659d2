package events

import "testing"

// TestRecalledAgreements covers agreements recalled by the year after
// them ("a bilateral security protocol in 1982") and, in an undated story,
// an agreement retold with the month and year of its signing ("The
// agreement was signed in Nairobi in September 2021").
func TestRecalledAgreements(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a protocol recalled by its year",
		published: "2025-09-18",
		text:      "The two countries first placed their military ties on a formal footing with a bilateral security protocol in 1982.",
		want:      []want{{"agreement", "1982", "*", "-", "background"}},
	}, {
		name:      "an initial contract in a year",
		published: "2025-09-18",
		text:      "It is the second such deal for Warsaw following an initial contract in 2022.",
		want:      []want{{"agreement", "2022", "*", "-", "background"}},
	}, {
		name: "an undated story retells the signing of the pact it is about",
		text: "NAIROBI - The National Assembly on Wednesday approved the Defence Cooperation Agreement between Kenya and Norway.\n\n" +
			"The agreement was signed in Nairobi in September 2021.",
		ents: []ent{org("National Assembly"), country("KE", "Kenya"), country("NO", "Norway"), loc("Nairobi"), loc("NAIROBI")},
		want: []want{{"agreement", "2021-09", "*", "-", ""}},
	}})
}
