package events

import "testing"

// TestNamedVisitors covers a visit noun that names its visitors itself:
// "the visit to X by Y" and "Y's visit"; the person who recalls the
// visit did not make it.
func TestNamedVisitors(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the visit by a person is that person's",
		published: "2025-04-10",
		text:      "Minister Ana Ruiz recalled the visit to Lima by the Chief of the Army General Luis Vega last year.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), loc("Lima")},
		want:      []want{{"visit", "2024", "*", "Luis Vega", ""}},
		not:       []want{{"visit", "*", "*", "Ana Ruiz", ""}},
	}, {
		name:      "a possessive visit is its owner's",
		published: "2025-04-10",
		text:      "Ana Ruiz told Luis Vega that ties had grown since President Marta Gil's state visit to Peru in March.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), person("Marta Gil", "CL"), country("PE", "Peru")},
		want:      []want{{"visit", "2025-03", "*", "Marta Gil", ""}},
		not: []want{
			{"visit", "*", "*", "Ana Ruiz", ""},
			{"visit", "*", "*", "Luis Vega", ""},
		},
	}})
}
