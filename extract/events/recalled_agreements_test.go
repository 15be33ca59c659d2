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

// TestSignedWithAndDeclarations covers documents whose signing is told
// after them with "with" ("a contract the ministry signed with the
// shipyard in 2022") or whose name is a declaration ("the Shusha
// Declaration on allied relations signed by the two countries in 2021").
func TestSignedWithAndDeclarations(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a contract signed with a company, told after it",
		published: "2026-09-16",
		text:      "The ships were built by PT PAL Indonesia under a contract the Defence Ministry signed with the company in 2022.",
		ents:      []ent{orgOf("PT PAL Indonesia", "ID"), orgOf("Defence Ministry", "ID")},
		want:      []want{{"agreement", "2022", "*", "-", ""}},
	}, {
		name:      "a declaration on relations signed by two countries",
		published: "2026-10-17",
		text:      "The exercise was held under the Shusha Declaration on allied relations signed by the two countries in 2021.",
		want:      []want{{"agreement", "2021", "*", "-", ""}},
	}, {
		name:      "a memorandum signed with a partner, told after it",
		published: "2026-05-02",
		text:      "Officials reviewed the memorandum on military medicine signed with Laos in 2019.",
		ents:      []ent{country("LA", "Laos")},
		want:      []want{{"agreement", "2019", "*", "-", ""}},
	}})
}

// TestFirstSuchAgreement covers a sentence that ranks the agreement
// already told among those the state has signed: no signing of its own.
func TestFirstSuchAgreement(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the first such agreement signed with any country",
		published: "2022-06-09",
		text:      "It is the first such logistics agreement Vietnam has signed with any country.",
		ents:      []ent{country("VN", "Vietnam")},
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}})
}
