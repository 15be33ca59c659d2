package events

import "testing"

// TestPronounSubjects covers a sentence opened by "He" or "She" after one
// opened by a person: the pronoun goes on with that subject, not with the
// person named last (the object of the sentence before), also when a
// title comes first ("Minister Ana Ruiz"), and when the pronoun opens the
// first clause after an opening phrase ("On Monday, he held talks"). When the sentence before
// opens with no person, the person named last is still taken.
func TestPronounSubjects(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the host received a second guest",
		published: "2027-02-16",
		text:      "Al Hameli met General Tariq Aziz, Chairman of the Joint Chiefs of Staff Committee of Pakistan, on Monday. He also received Greece's Minister of National Defence Nikos Dendias.",
		ents:      []ent{person("Al Hameli", "AE"), person("Tariq Aziz", "PK"), person("Nikos Dendias", "GR")},
		want:      []want{{"meeting", "*", "*", "Al Hameli", "reported"}, {"meeting", "*", "*", "Nikos Dendias", "reported"}},
		not:       []want{{"meeting", "*", "*", "Tariq Aziz", "reported"}},
	}, {
		name:      "she held talks after opening the sentence before",
		published: "2027-02-16",
		text:      "Minister Ana Ruiz welcomed General Pedro Soto at the ministry on Monday. She later held talks with Admiral Carlos Vega.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Pedro Soto", "CL"), person("Carlos Vega", "CL")},
		want:      []want{{"meeting", "*", "*", "Ana Ruiz", "reported"}, {"meeting", "*", "*", "Carlos Vega", "reported"}},
		not:       []want{{"meeting", "*", "*", "Pedro Soto", "reported"}},
	}, {
		name:      "the pronoun after an opening phrase",
		published: "2027-02-16",
		text:      "General Omar Haddad arrived in the island nation on Sunday at the invitation of Admiral Luis Mora. On Monday, he held talks with Mora at the naval headquarters.",
		ents:      []ent{person("Omar Haddad", "JO"), person("Luis Mora", "CL")},
		want:      []want{{"meeting", "*", "*", "Omar Haddad", "reported"}},
	}, {
		name:      "she after a longer opening phrase",
		published: "2027-02-16",
		text:      "Minister Ana Ruiz flew to Lima on Monday, where she was welcomed by Admiral Carlos Vega. Later in the day, she met Vega at the ministry.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Carlos Vega", "CL")},
		want:      []want{{"meeting", "*", "*", "Ana Ruiz", "main"}},
	}, {
		name:      "a sentence before opened by no person",
		published: "2027-02-16",
		text:      "The ministry said Ana Ruiz welcomed General Pedro Soto on Monday. He later held talks with Admiral Carlos Vega.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Pedro Soto", "CL"), person("Carlos Vega", "CL")},
		want:      []want{{"meeting", "*", "*", "Pedro Soto", "reported"}},
	}})
}
