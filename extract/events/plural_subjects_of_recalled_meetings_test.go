package events

import "testing"

// TestPluralSubjectsOfRecalledMeetings covers a pair named in one
// sentence and taken up by "They", "The two" or "Both" in the next, which
// recalls their earlier meeting ("The two had last met in Riyadh last
// month"): a meeting of the pair, dated by the recall. A meeting still
// to come is no event.
func TestPluralSubjectsOfRecalledMeetings(t *testing.T) {
	call := "Minister Karim Haddad spoke by telephone with General Omar Farid on Wednesday. "
	ents := []ent{person("Karim Haddad", "SA"), person("Omar Farid", "PK"), loc("Riyadh")}
	var cases []classCase
	for _, recall := range []string{
		"The two had last met in Riyadh last month.",
		"They met in Riyadh last month.",
		"They had last met in Riyadh last month, when they agreed to expand joint training.",
		"Both had met in Riyadh last month.",
	} {
		cases = append(cases, classCase{
			name:      recall,
			published: "2027-09-16",
			text:      call + recall,
			ents:      ents,
			want: []want{
				{"meeting", "2027-08", "Riyadh", "Karim Haddad", ""},
				{"meeting", "2027-08", "Riyadh", "Omar Farid", ""},
			},
		})
	}
	cases = append(cases, classCase{
		name:      "a meeting still to come",
		published: "2027-09-16",
		text:      call + "The two will meet in Riyadh next month.",
		ents:      ents,
		not:       []want{{"meeting", "2027-10", "*", "-", ""}},
	})
	runClassCases(t, cases)
}
