package extract

import (
	"testing"

	"attache"
)

// TestBareNumberedFormations covers formations numbered with a bare
// number, as armies of the Commonwealth and of much of Africa write them
// ("the 3 Division", "157 Infantry Battalion"), and peacekeeping unit
// codes written capitalised or with the rotation's own number
// ("Rwanbatt-9", "Malbatt 850-8", "MALBATT 850-14"); a count before a
// unit's name stays a count.
func TestBareNumberedFormations(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The troops were seen off by the 3 Division Commander on Friday.",
			typ: attache.Organization, name: "3 Division"},
		{text: "A first batch from 157 Infantry Battalion left Kigali to replace the 105 Infantry Battalion.",
			typ: attache.Organization, name: "105 Infantry Battalion"},
		{text: "The group was drawn from the 43 Infantry Battalion of the Rwanda Defence Force.",
			typ: attache.Organization, name: "43 Infantry Battalion", notTyp: attache.Organization, notName: "43 Infantry Battalion of the Rwanda Defence Force"},
		{text: "(1 Division Commander) Major General Ade Bello welcomed the troops in Kaduna.",
			typ: attache.Organization, name: "1 Division"},
		// a count of people before a unit's name is no number of it
		{text: "The 300 Marine Corps personnel arrived on Monday.",
			notTyp: attache.Organization, notName: "300 Marine Corps"},
		{text: "Rwanbatt-9 replaces Rwanbatt-8 in Malakal this month.",
			typ: attache.Organization, name: "Rwanbatt-8"},
		{text: "The peacekeepers of Rwanbatt 67 were briefed at the airport.",
			typ: attache.Organization, name: "Rwanbatt 67"},
		{text: "The first group of Malaysian Battalion 850-14 (MALBATT 850-14) left on Monday.",
			typ: attache.Organization, name: "Malaysian Battalion 850-14", notTyp: attache.Organization, notName: "Malaysian Battalion 850"},
		{text: "Malbatt 850-8 took over from Malbatt 850-7 in Marakah.",
			typ: attache.Organization, name: "Malbatt 850-7"},
		// short endings in capitalised words end ordinary words
		{text: "Exercise Falcon 2 and the Combat 3 course ended.",
			notTyp: attache.Organization, notName: "Falcon 2"},
	})
}
