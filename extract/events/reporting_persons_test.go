package events

import "testing"

// TestReportingPersons covers a spokesperson named after the trigger only
// as who reports the event ("..., press secretary X said in a
// statement", "..., the ministry's spokesman, Colonel X, said."): no
// party of it. A host who speaks at the event ("Receiving B, A said that
// ...") still takes part.
func TestReportingPersons(t *testing.T) {
	ents := []ent{person("Pal Sandor", "HU"), person("Ivo Raic", "HR"), person("Eva Kiss", "HU"), loc("Budapest")}
	runClassCases(t, []classCase{{
		name:      "a spokeswoman's statement after a phone call",
		published: "2026-05-06",
		text:      "Defence Minister Pal Sandor spoke by phone with his Croatian counterpart Ivo Raic on Tuesday, ministry spokeswoman Eva Kiss said in a statement.",
		ents:      ents,
		want:      []want{{"meeting", "*", "*", "Ivo Raic", ""}},
		not:       []want{{"meeting", "*", "*", "Eva Kiss", ""}},
	}, {
		name:      "a spokeswoman set off by commas",
		published: "2026-05-06",
		text:      "Defence Minister Pal Sandor received his Croatian counterpart Ivo Raic in Budapest on Tuesday, the ministry's spokeswoman, Eva Kiss, said.",
		ents:      ents,
		want:      []want{{"meeting", "*", "*", "Pal Sandor", ""}},
		not:       []want{{"meeting", "*", "*", "Eva Kiss", ""}},
	}, {
		name:      "a host speaking at the event takes part",
		published: "2026-05-06",
		text:      "Receiving Croatian Defence Minister Ivo Raic in Budapest on Tuesday, Defence Minister Pal Sandor said that the two armies trained well together.",
		ents:      ents,
		want:      []want{{"meeting", "*", "*", "Pal Sandor", ""}, {"meeting", "*", "*", "Ivo Raic", ""}},
	}})
}
