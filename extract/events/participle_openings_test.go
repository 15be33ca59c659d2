package events

import "testing"

// TestParticipleOpenings covers leads that open on the event's
// participle, the host the subject of the main clause: "Receiving X, Y
// said on Wednesday that ...". The day of saying is the reception's; a
// date inside what is said, or said by a subject who is not the
// participle's, stays out.
func TestParticipleOpenings(t *testing.T) {
	ents := []ent{loc("HAVANA"), person("Ivo Marek", "CU"), person("Jan Wrona", "VN")}
	cases := []classCase{}
	for _, c := range []struct{ name, lead string }{
		{"receiving after a dateline", "HAVANA, May 14 (Prensa Latina) Receiving a delegation led by General Jan Wrona, Minister Ivo Marek said on Wednesday that the two armies remain close."},
		{"welcoming with no dateline", "Welcoming General Jan Wrona to the ministry, Minister Ivo Marek said on Wednesday that training would grow."},
		{"hosting with a told-to phrase", "HAVANA - Hosting his counterpart Jan Wrona, Ivo Marek told reporters on Wednesday that the talks were useful."},
	} {
		cases = append(cases, classCase{
			name:      c.name,
			published: "2026-05-14",
			text:      c.lead,
			ents:      ents,
			want:      []want{{"meeting", "2026-05-13", "*", "Jan Wrona", "main"}},
		})
	}
	cases = append(cases, classCase{
		name:      "a date inside what is said is not the reception's",
		published: "2026-05-14",
		text:      "Receiving General Jan Wrona, Minister Ivo Marek said the joint course would open on Monday.",
		ents:      ents,
		not:       []want{{"meeting", "2026-05-18", "*", "-", ""}, {"meeting", "2026-05-11", "*", "-", ""}},
	})
	runClassCases(t, cases)
}
