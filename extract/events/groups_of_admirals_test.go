package events

import "testing"

// TestGroupsOfAdmirals covers "the two admirals" and "the two
// ambassadors" referring back to the persons told before, as "the two
// ministers" does: their working meeting is a meeting of those persons.
func TestGroupsOfAdmirals(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the two admirals held a working meeting",
		published: "2027-06-12",
		text: "The opening ceremony was presided over by Vice Admiral Rui Matos of the Portuguese Navy and Vice Admiral Juan Pardo of the Spanish Navy.\n\n" +
			"On Thursday, the two admirals also held a working meeting on maritime surveillance.",
		ents: []ent{person("Rui Matos", "PT", "Vice Admiral Rui Matos"), person("Juan Pardo", "ES", "Vice Admiral Juan Pardo"),
			org("Portuguese Navy"), org("Spanish Navy")},
		want: []want{{"meeting", "2027-06-10", "*", "Juan Pardo", ""}},
	}})
}
