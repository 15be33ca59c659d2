package events

import "testing"

// TestAgreementParties covers who signs: "they" or "the ministers" who
// held the talks told before; a pact recalled with one state of the
// article's pair binds both; a pact signed by others and only reviewed by
// the ministers is not theirs.
func TestAgreementParties(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a memorandum they signed is signed by the parties of the talks",
		published: "2025-03-05",
		text: "Defence Minister Pal Sandor held talks with his counterpart Ivo Raic in Budapest on Tuesday.\n\n" +
			"They then signed a memorandum of understanding on military training.",
		ents: []ent{person("Pal Sandor", "HU"), person("Ivo Raic", "HR"), loc("Budapest")},
		want: []want{
			{"agreement", "*", "*", "Pal Sandor", ""},
			{"agreement", "*", "*", "Ivo Raic", ""},
		},
	}, {
		name:      "a pact recalled with one state of the pair binds both",
		published: "2025-03-05",
		text: "Norway and Poland held defence talks in Oslo on Tuesday.\n\n" +
			"The talks built on the logistics agreement with Poland signed in 2019.",
		ents: []ent{country("NO", "Norway"), country("PL", "Poland"), loc("Oslo")},
		want: []want{
			{"agreement", "2019", "*", "NO", ""},
			{"agreement", "2019", "*", "PL", ""},
		},
	}, {
		name:      "ministers reviewing a pact signed years ago did not sign it",
		published: "2025-03-05",
		text: "Defence Minister Pal Sandor held talks with his counterpart Ivo Raic in Budapest on Tuesday.\n\n" +
			"Both sides reviewed the progress made since the memorandum of understanding was signed in 2016.",
		ents: []ent{person("Pal Sandor", "HU"), person("Ivo Raic", "HR"), loc("Budapest")},
		not:  []want{{"agreement", "2016", "*", "Ivo Raic", ""}},
	}})
}
