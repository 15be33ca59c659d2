package extract

import (
	"testing"

	"attache"
)

// TestPostsOfMissions checks that the head word opening a mission's or an
// army's post ("Force" of "Force Commander", "Sector" of "Sector
// Commander") names no body with the mission written before it, while
// the mission and the person are still found.
func TestPostsOfMissions(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The parade was reviewed by the UNMISS Force Commander, Lieutenant General Mohan Subramanian.",
			typ: attache.Person, name: "Mohan Subramanian", notTyp: attache.Organization, notName: "UNMISS Force"},
		{text: "MINUSCA Force Commander Major General Oumar Traore pinned the medals.",
			typ: attache.Organization, name: "MINUSCA", notTyp: attache.Organization, notName: "MINUSCA Force"},
		{text: "The MONUSCO Force Commander met the battalion on Monday.",
			typ: attache.Organization, name: "MONUSCO", notTyp: attache.Organization, notName: "MONUSCO Force"},
		// a force that is no post's stays a body
		{text: "The UNIFIL Maritime Task Force patrolled off Tyre.",
			typ: attache.Organization, name: "UNIFIL Maritime Task Force"},
	})
}
