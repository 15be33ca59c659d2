package extract

import (
	"testing"

	"attache"
)

// TestBranchAndAreaNames covers a branch named after the body it belongs
// to ("Armed Forces Health Services", "Army Medical Corps") and a command
// or unit named with the area it covers ("US Marine Corps Forces
// Pacific", "British Army Training Unit Kenya").
func TestBranchAndAreaNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Thirty medics came from the Armed Forces Health Services on Monday.",
			typ: attache.Organization, name: "Armed Forces Health Services", notTyp: attache.Organization, notName: "Health Services"},
		{text: "The rotation was prepared by the Armed Forces Operations Authority.",
			typ: attache.Organization, name: "Armed Forces Operations Authority", notTyp: attache.Organization, notName: "Operations Authority"},
		{text: "The exercise was opened by US Marine Corps Forces Pacific commander Lieutenant General John Doe.",
			typ: attache.Organization, name: "US Marine Corps Forces Pacific", notTyp: attache.Location, notName: "Pacific"},
		{text: "Soldiers of the British Army Training Unit Kenya (BATUK) took part.",
			typ: attache.Organization, name: "British Army Training Unit Kenya"},
		// a city after a body is where it is, not part of its name
		{text: "Ships of the Royal Malaysian Navy Lumut base sailed at dawn.",
			notTyp: attache.Organization, notName: "Royal Malaysian Navy Lumut"},
	})
}
