package extract

import (
	"testing"

	"attache"
)

// TestServiceBranches checks that a branch written right after a known
// armed force's name, its acronym in parentheses between or not, is the
// body named ("People's Liberation Army (PLA) Navy", "Chinese People's
// Liberation Army Air Force"), not the force cut before it.
func TestServiceBranches(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Ships of the Chinese People's Liberation Army (PLA) Navy docked in Karachi.",
			typ: attache.Organization, name: "Chinese People's Liberation Army (PLA) Navy", notTyp: attache.Organization, notName: "Chinese People's Liberation Army"},
		{text: "The deputy commander of the People's Liberation Army (PLA) Air Force met the delegation.",
			typ: attache.Organization, name: "People's Liberation Army (PLA) Air Force", notTyp: attache.Organization, notName: "People's Liberation Army"},
		{text: "Pilots of the Chinese People's Liberation Army Air Force flew six sorties.",
			typ: attache.Organization, name: "Chinese People's Liberation Army Air Force", notTyp: attache.Organization, notName: "Chinese People's Liberation Army"},
		// the force alone stays the force
		{text: "A delegation of the Chinese People's Liberation Army arrived on Monday.",
			typ: attache.Organization, name: "Chinese People's Liberation Army"},
	})
}
