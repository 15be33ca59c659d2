package events

import "testing"

// TestForumSessions covers a forum of the knowledge base named after a
// part of it and "of" ("the opening session of the three-day Seoul
// Defense Dialogue"): a conference whose parties include the forum, dated
// a day before the talks when the sentence says "a day after".
func TestForumSessions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the opening session of a forum, a day before the talks",
		published: "2025-09-10",
		text:      "The talks between Minister Lee Jun and his Thai counterpart, Somsak Dee, took place in Seoul on Wednesday, a day after Somsak attended the opening session of the three-day Seoul Defense Dialogue.",
		ents: []ent{person("Lee Jun", "KR"), person("Somsak Dee", "TH"), loc("Seoul"),
			org("Seoul Defense Dialogue")},
		want: []want{
			{"meeting", "2025-09-10", "*", "Somsak Dee", ""},
			{"conference", "2025-09-09", "*", "Seoul Defense Dialogue", ""},
		},
	}, {
		name:      "on the margins of a forum",
		published: "2025-06-01",
		text:      "Minister Ana Ruiz met her Japanese counterpart Ken Mori on the margins of the Shangri-La Dialogue in Singapore on Saturday.",
		ents: []ent{person("Ana Ruiz", "PH"), person("Ken Mori", "JP"), loc("Singapore"),
			org("Shangri-La Dialogue")},
		want: []want{{"conference", "*", "*", "Shangri-La Dialogue", ""}},
	}})
}
