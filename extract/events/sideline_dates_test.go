package events

import "testing"

// TestSidelineDates covers events told "on the sidelines of" the occasion
// the story is about, without a date of their own: they happened during
// that occasion and take its date, not the year of publication.
func TestSidelineDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a signing on the sidelines of the talks",
		published: "2025-05-04",
		text:      "Defence Minister Karl Berg held talks with his Danish counterpart Mette Holm in Oslo on May 3.\n\nThey agreed to expand joint training in the Arctic. Berg also briefed Holm on the new naval academy. Both praised the long friendship of their navies.\n\nOn the sidelines of the talks, the two ministers witnessed the signing of a memorandum on military medicine.",
		ents:      []ent{person("Karl Berg", "NO"), person("Mette Holm", "DK"), loc("Oslo")},
		want: []want{
			{"meeting", "2025-05-03", "Oslo", "Karl Berg", ""},
			{"agreement", "2025-05-03", "*", "-", ""},
		},
		not: []want{{"agreement", "2025", "*", "-", ""}},
	}})
}
