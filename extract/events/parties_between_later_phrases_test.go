package events

import "testing"

// TestPartiesBetweenLaterPhrases covers "between A and B" told after an
// agreement in a phrase of its own (a relative clause, an infinitive, a
// finite verb): A and B are the bodies of the activity it plans, not its
// parties. "Between" that belongs to the agreement still names them.
func TestPartiesBetweenLaterPhrases(t *testing.T) {
	ents := []ent{person("Pal Sandor", "HU"), person("Ivo Raic", "HR"), loc("Budapest"),
		orgOf("Hungarian Defence Forces", "HU"), orgOf("Croatian Armed Forces", "HR")}
	runClassCases(t, []classCase{{
		name:      "a relative clause planning activities between two forces",
		published: "2026-05-06",
		text: "Defence Minister Pal Sandor and his counterpart Ivo Raic signed a memorandum of understanding in Budapest on Tuesday " +
			"that will guide joint activities between the Hungarian Defence Forces and the Croatian Armed Forces.",
		ents: ents,
		want: []want{{"agreement", "*", "*", "Pal Sandor", ""}},
		not:  []want{{"agreement", "*", "*", "Hungarian Defence Forces", ""}},
	}, {
		name:      "an infinitive planning exercises between two forces",
		published: "2026-05-06",
		text: "Defence Minister Pal Sandor and his counterpart Ivo Raic signed a letter of intent in Budapest on Tuesday " +
			"to hold more exercises between the Hungarian Defence Forces and the Croatian Armed Forces.",
		ents: ents,
		want: []want{{"agreement", "*", "*", "Ivo Raic", ""}},
		not:  []want{{"agreement", "*", "*", "Croatian Armed Forces", ""}},
	}, {
		name:      "the agreement's own between names its parties",
		published: "2026-05-06",
		text: "Defence Minister Pal Sandor and his counterpart Ivo Raic held talks in Budapest on Tuesday.\n" +
			"They witnessed the signing of a memorandum on military education between the Hungarian Defence Forces and the Croatian Armed Forces.",
		ents: ents,
		want: []want{{"agreement", "*", "*", "Hungarian Defence Forces", ""}, {"agreement", "*", "*", "Croatian Armed Forces", ""}},
	}})
}
