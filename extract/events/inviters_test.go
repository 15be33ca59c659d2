package events

import "testing"

// TestInviters covers who invited, named after "at the invitation of": a
// body (the longest name that starts there), or the person a post leads
// to, even when the story cites the same body as its source.
func TestInviters(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a body, also the story's source",
		published: "2026-08-26",
		text: "General Ivan Petrov held talks with General Somsak Vong of Laos in Moscow on Wednesday, the Russian Defence Ministry reported. " +
			"The Lao delegation is in Russia from August 25 to 29 at the invitation of the Russian Defence Ministry.",
		ents: []ent{person("Ivan Petrov", "RU"), person("Somsak Vong", "LA"), loc("Moscow"), orgOf("Russian Defence Ministry", "RU"), country("RU", "Russia")},
		want: []want{{"invitation", "*", "*", "Russian Defence Ministry", "background"}},
	}, {
		name:      "the person a post leads to",
		published: "2026-03-05",
		text: "General Simon Reed called on General Budi Karta in Jakarta on Wednesday. " +
			"Reed is in Indonesia from March 3 to 6 at the invitation of Indonesian Army Chief of Staff General Budi Karta.",
		ents: []ent{person("Simon Reed", "AU", "Simon Reed", "Reed"), person("Budi Karta", "ID"), loc("Jakarta"), orgOf("Indonesian Army", "ID"), country("ID", "Indonesia")},
		want: []want{{"invitation", "*", "*", "Budi Karta", "background"}},
		not:  []want{{"invitation", "*", "*", "Indonesian Army", ""}},
	}})
}
