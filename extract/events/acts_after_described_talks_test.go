package events

import "testing"

// TestActsAfterDescribedTalks covers a signing told "following the talks"
// after a sentence that only describes those talks (what was discussed):
// the signing is of the talks' day, not of the story's lead, even when
// the lead tells an arrival the day before.
func TestActsAfterDescribedTalks(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "arrival yesterday, talks today, a plan signed following the talks",
		published: "2026-05-14",
		text:      "BISHKEK - Defence Minister Colonel General Aidar Omurov arrived in Kyrgyzstan yesterday on an official visit.\n\nToday, Omurov held talks with Kyrgyz Defence Minister Major General Ruslan Bekov in Bishkek. The ministers discussed border security and military education.\n\nFollowing the talks, the ministers signed a plan of military cooperation for 2027.",
		ents:      []ent{person("Aidar Omurov", "KZ"), person("Ruslan Bekov", "KG"), loc("Bishkek")},
		want:      []want{{"agreement", "2026-05-14", "*", "-", ""}},
		not:       []want{{"agreement", "2026-05-13", "*", "-", ""}},
	}, {
		name:      "arrival on a weekday, talks the next day, a memorandum signed after the talks",
		published: "2025-11-21",
		text:      "BELGRADE - Azerbaijani Defence Minister Rauf Aliyev arrived in Serbia on Wednesday for an official visit.\n\nOn Thursday, Aliyev held talks with Serbian Defence Minister Milan Jovic in Belgrade. They reviewed military education and training.\n\nAfter the talks, the ministers signed a memorandum on military medicine.",
		ents:      []ent{person("Rauf Aliyev", "AZ"), person("Milan Jovic", "RS"), loc("Belgrade")},
		want:      []want{{"agreement", "2025-11-20", "*", "-", ""}},
		not:       []want{{"agreement", "2025-11-19", "*", "-", ""}},
	}})
}
