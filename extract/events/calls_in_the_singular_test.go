package events

import "testing"

// TestCallsInTheSingular covers a call named in the singular ("held a
// telephone talk with", as a ministry in Tokyo writes it); a topic verb
// with no call or talks after it still makes no event. (Talks told as the
// occasion of a topic verb: extract/calls_told_as_occasions_test.go.)
func TestCallsInTheSingular(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a telephone talk in the singular",
		published: "2027-08-05",
		text:      "Telephone talk\n\nOn August 4, Defense Minister Ana Ruiz held a telephone talk with Pedro Soto, Minister of Defense of Chile.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Pedro Soto", "CL")},
		want:      []want{{"meeting", "2027-08-04", "*", "Pedro Soto", "main"}},
	}, {
		name:      "a topic verb alone makes no talks",
		published: "2027-08-05",
		text:      "Plans reviewed\n\nMinister Ana Ruiz discussed the new patrol boats in Lima on Wednesday.",
		ents:      []ent{person("Ana Ruiz", "PE"), loc("Lima")},
		not:       []want{{"meeting", "*", "*", "*", ""}},
	}})
}
