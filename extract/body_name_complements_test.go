package extract

import (
	"testing"

	"attache"
)

// TestBodyNameComplements covers the parts after a body's head word that
// still belong to its name: the officials a committee or council gathers,
// the place a mission serves in, and the end of a name before a
// possessive.
func TestBodyNameComplements(t *testing.T) {
	runEntityCases(t, []entityCase{
		// the officials a body gathers are part of its name
		{text: "The regional Council of Ministers will meet in Lusaka in May.",
			typ: attache.Organization, name: "Council of Ministers"},
		{text: "Delegates of the SADC Committee of Chiefs of Defence Staff met on Monday.",
			typ: attache.Organization, name: "SADC Committee of Chiefs of Defence Staff", notTyp: attache.Organization, notName: "Defence Staff"},
		// a mission's name goes on with the place it serves in
		{text: "Troops of the African Union Mission in Somalia returned home.",
			typ: attache.Organization, name: "African Union Mission in Somalia"},
		{text: "The ECOWAS Mission in The Gambia extended its mandate.",
			typ: attache.Organization, name: "ECOWAS Mission in The Gambia"},
		{text: "The ECOWAS Mission in Guinea-Bissau ended in 2020.",
			typ: attache.Organization, name: "ECOWAS Mission in Guinea-Bissau"},
		// but not a bare head, nor with a date after "in"
		{text: "The Mission in Juba sent 40 observers.",
			notTyp: attache.Organization, notName: "Mission in Juba"},
		{text: "The AU Mission in March sent 40 observers.",
			notTyp: attache.Organization, notName: "AU Mission in March"},
		// a known acronym after the name written out makes one body
		{text: "Engineers of the United Nations Organization Stabilization Mission in the DR Congo (MONUSCO) built the road.",
			typ: attache.Organization, name: "United Nations Organization Stabilization Mission in the DR Congo"},
		// a possessive after a body's name is not part of it
		{text: "The plan is part of the Government of Kenya's maritime strategy.",
			typ: attache.Organization, name: "Government of Kenya", notTyp: attache.Organization, notName: "Government of Kenya's"},
	})
}

// TestAcronymOfBodyBefore checks that a known acronym in parentheses after
// a body's name makes one organisation with it, not two.
func TestAcronymOfBodyBefore(t *testing.T) {
	x := mustExtractor(t)
	for _, text := range []string{
		"In a statement, the Ministry of Defence (MINDEF) said the leaders met.",
		"Engineers of the United Nations Organization Stabilization Mission in the DR Congo (MONUSCO) built the road.",
	} {
		n := 0
		for _, e := range x.Extract("t", text, "").Entities {
			if e.Type == attache.Organization {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d organisations, want 1", text, n)
		}
	}
}
