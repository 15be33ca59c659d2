package events

import "testing"

// TestConsultingVerbs covers talks told by verbs other agencies use for
// them: "conferred with", "discussed with", "exchanged views with" a
// named person are a meeting of the two.
func TestConsultingVerbs(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "conferred with",
		published: "2027-04-14",
		text:      "General Omar Haddad also conferred with Defence Minister Karim Nasser at the ministry on Tuesday.",
		ents:      []ent{person("Omar Haddad", "", "General Omar Haddad"), person("Karim Nasser", "")},
		want:      []want{{"meeting", "2027-04-13", "*", "Karim Nasser", ""}},
	}, {
		name:      "discussed with a named counterpart",
		published: "2027-04-14",
		text:      "Minister Lena Berg discussed with her Estonian counterpart Tiit Kask the air policing mission on Monday.",
		ents:      []ent{person("Lena Berg", ""), person("Tiit Kask", "EE"), country("EE", "Estonian")},
		want:      []want{{"meeting", "2027-04-12", "*", "Tiit Kask", ""}},
	}, {
		name:      "exchanged views with",
		published: "2027-04-14",
		text:      "The army chief exchanged views with Admiral Rui Costa on maritime security on Wednesday.",
		ents:      []ent{person("Rui Costa", "", "Admiral Rui Costa")},
		want:      []want{{"meeting", "2027-04-14", "*", "Rui Costa", ""}},
	}, {
		name:      "discussed a plan with no person named is no meeting of its own",
		published: "2027-04-14",
		text:      "The ministers discussed with interest the plan for joint training.",
		not:       []want{{"meeting", "*", "*", "*", ""}},
	}})
}
