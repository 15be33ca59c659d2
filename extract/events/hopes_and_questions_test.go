package events

import "testing"

// TestHopesAndQuestions covers events only hoped for, wished or left open
// ("whether"), and cooperation that "should" deepen: no occurrence, while
// the same words about a held event leave it alone.
func TestHopesAndQuestions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a minister hoped to visit a country soon",
		published: "2026-04-14",
		text:      "Minister Koji Sato said he hoped to visit Australia at an early date.",
		ents:      []ent{person("Koji Sato", "JP"), country("AU", "Australia")},
		not:       []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "both navies hope to hold a combined exercise",
		published: "2025-10-02",
		text:      "Both commanders said they hope to hold a combined exercise off Valparaiso next year.",
		ents:      []ent{loc("Valparaiso")},
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "an open question about next year's ceremony",
		published: "2026-10-15",
		text:      "Cabinet Secretary Mary Wanjiru said the ministry had not decided whether next year's ceremony would be held in Mombasa.",
		ents:      []ent{person("Mary Wanjiru", "KE"), loc("Mombasa")},
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}, {
		name:      "the two militaries should deepen cooperation in joint exercises",
		published: "2025-04-23",
		text:      "General Zhang Lei said the two militaries should deepen practical cooperation in joint exercises and training.",
		ents:      []ent{person("Zhang Lei", "CN")},
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "a wish for an agreement is no signing",
		published: "2025-07-01",
		text:      "Minister Ana Berg wished to sign a defence industry agreement with Korea next year.",
		ents:      []ent{person("Ana Berg", "SE"), country("KR", "Korea")},
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "a held exercise before the hope stays",
		published: "2025-10-02",
		text:      "The two navies held a joint exercise off Lagos on Wednesday. Both commanders hope to extend it to Togo.",
		ents:      []ent{loc("Lagos"), country("TG", "Togo")},
		want:      []want{{"exercise", "2025-10-01", "Lagos", "-", ""}},
	}})
}

// TestInvitationsRetold covers an invitation told again with where it was
// made (no second invitation) and a first invitation conveyed with "the".
func TestInvitationsRetold(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the invitation extended during a meeting is the one told",
		published: "2026-09-08",
		text:      "Minister Daulet Sarsen today invited Minister Ruslan Asanov to attend the Central Asian Defence Forum in Astana in October. Sarsen extended the invitation during a meeting with Ambassador Bakyt Dzhusupov.",
		ents:      []ent{person("Daulet Sarsen", "KZ"), person("Ruslan Asanov", "KG"), person("Bakyt Dzhusupov", "KG"), loc("Astana")},
		want:      []want{{"invitation", "2026-09-08", "*", "Ruslan Asanov", ""}},
		count:     3, // the invitation, the forum and the meeting with the ambassador
	}, {
		name:      "the invitation of a president conveyed first is an invitation",
		published: "2025-05-20",
		text:      "General Ana Ruiz conveyed the invitation of President Tomas Berg to Minister Ola Dahl to visit Chile.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Tomas Berg", "CL"), person("Ola Dahl", "NO"), country("CL", "Chile")},
		want:      []want{{"invitation", "*", "*", "-", ""}},
	}})
}
