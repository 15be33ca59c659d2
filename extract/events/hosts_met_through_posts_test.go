package events

import "testing"

// TestHostsMetThroughPosts covers a host met before a visit in the same
// sentence and named after a post ("also met the Chief of the Joint
// Staff, Admiral X, and will visit ..."): the host is no visitor, however
// long the post between the verb and the name.
func TestHostsMetThroughPosts(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a post in apposition after met",
		published: "2025-06-04",
		text:      "Minister Ana Ruiz, who is on a three-day visit to Brazil, also met the Chief of the Joint Staff of the Armed Forces, Admiral Paulo Reis, and will visit an aircraft plant in Campinas on Friday.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Paulo Reis", "BR"), country("BR", "Brazil"), loc("Campinas")},
		want:      []want{{"visit", "*", "Campinas", "Ana Ruiz", ""}},
		not:       []want{{"visit", "*", "*", "Paulo Reis", ""}},
	}, {
		name:      "a post before the rank and name after met",
		published: "2025-07-16",
		text:      "General Tom Baker also met Army Chief of Staff General Budi Santoso at the Army Headquarters before leaving for Bandung, where he visited the special forces training centre.",
		ents:      []ent{person("Tom Baker", "AU"), person("Budi Santoso", "ID"), loc("Bandung")},
		not:       []want{{"visit", "*", "*", "Budi Santoso", ""}},
	}, {
		name:      "a lower-case post after met",
		published: "2025-07-16",
		text:      "During the visit, Minister Ali Hasan also met the president of the Defence Industry Agency, Omer Demir, and visited the facilities of an aerospace company in Ankara.",
		ents:      []ent{person("Ali Hasan", "AZ"), person("Omer Demir", "TR"), loc("Ankara")},
		not:       []want{{"visit", "*", "*", "Omer Demir", ""}},
	}})
}
