package events

import "testing"

// TestNounSubjectTalks covers leads whose event is the subject noun
// phrase, its parties in a "between A, title, and B, title" pair before
// the verb that dates it: the pair's ", and" joins two parties, not two
// clauses, so the date after the verb is the talks', not the dateline's.
func TestNounSubjectTalks(t *testing.T) {
	ents := []ent{loc("ALGIERS"), loc("Algiers"), person("Ivo Marek", "DZ"), person("Jan Wrona", "NG")}
	cases := []classCase{}
	for _, c := range []struct{ name, lead string }{
		{"talks between two titled chiefs were held", "ALGIERS, Oct 21 (APS) - Talks between General Ivo Marek, Chief of Staff of the Army, and the Nigerian Chief of Defence Staff, General Jan Wrona, were held on Tuesday in Algiers."},
		{"a meeting between them took place", "ALGIERS, Oct 21 (APS) - A meeting between Ivo Marek, head of the Army, and Jan Wrona, chief of the Nigerian staff, took place on Tuesday in Algiers."},
		{"discussions between them were held", "ALGIERS, Oct 21 (APS) - Discussions between General Ivo Marek, Chief of Staff, and his visiting counterpart, General Jan Wrona, were held in Algiers on Tuesday."},
	} {
		cases = append(cases, classCase{
			name:      c.name,
			published: "2026-10-21",
			text:      c.lead,
			ents:      ents,
			want:      []want{{"meeting", "2026-10-20", "Algiers", "Jan Wrona", "main"}},
		})
	}
	runClassCases(t, cases)
}
