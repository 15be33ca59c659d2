package events

import "testing"

// TestAgreementsToldBySigners covers a document recalled by a long name
// and then by the parties that signed it ("the agreement on ..., signed by
// the two countries in Jakarta in March 2021"): a background signing of
// the two states, dated and placed by its own clause.
func TestAgreementsToldBySigners(t *testing.T) {
	lead := "General Lars Dahl received Admiral Kenji Ito of Japan in Oslo on Tuesday. "
	ents := []ent{person("Lars Dahl", "NO"), person("Kenji Ito", "JP"), loc("Oslo"), loc("Bergen"), country("JP", "Japan")}
	runClassCases(t, []classCase{{
		name:      "a long name, then signed by the two countries",
		published: "2026-05-05",
		text:      lead + "They recalled the agreement on the transfer of defence equipment and technology, signed by the two countries in Bergen in March 2021.",
		ents:      ents,
		want:      []want{{"agreement", "2021-03", "Bergen", "JP", "background"}},
	}, {
		name:      "signed by both governments",
		published: "2026-05-05",
		text:      lead + "The memorandum on cooperation in military medicine and veterans' care, signed by both governments in 2019, was reviewed.",
		ents:      ents,
		want:      []want{{"agreement", "2019", "*", "-", "background"}},
	}})
}
