package extract

import (
	"testing"

	"attache"
)

// TestNumberedUnitNames covers units named with numbers in the shapes
// agencies use for battalions and peacekeeping rotations: a unit and its
// parent after a comma, a numbered area ("3rd Army Area"), a hyphenated
// or Roman rotation number (with the mission after a slash, "XXIII-S/UNIFIL",
// and the kind of unit before it), and unit codes ("BANBAT-19", "FIJICON 20").
func TestNumberedUnitNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Troops from the 2nd Battalion, 7th Infantry Regiment of the Royal Thai Army joined.",
			typ: attache.Organization, name: "2nd Battalion, 7th Infantry Regiment", notTyp: attache.Organization, notName: "2nd Battalion"},
		{text: "The drill was run by the 4th Army Area's Pattani Task Force.",
			typ: attache.Organization, name: "4th Army Area", notTyp: attache.Organization, notName: "4th Army"},
		{text: "The 12th Nepal Force Protection Company left for Lebanon.",
			typ: attache.Organization, name: "12th Nepal Force Protection Company", notTyp: attache.Organization, notName: "Protection Company"},
		{text: "He bade farewell to the Nepal Battalion-12 (NEPBAT-12) on Monday.",
			typ: attache.Organization, name: "Nepal Battalion-12", notTyp: attache.Organization, notName: "Nepal Battalion"},
		{text: "It will replace Garuda Contingent XXIV-B in southern Lebanon.",
			typ: attache.Organization, name: "Garuda Contingent XXIV-B"},
		// the mission after a slash, a unit's letter with a digit, and the
		// unit's kind before the rotation are all one name
		{text: "The Garuda Contingent XXIV-C/UNIFIL landed in Jakarta on Friday.",
			typ: attache.Organization, name: "Garuda Contingent XXIV-C/UNIFIL", notTyp: attache.Organization, notName: "Garuda Contingent XXIV-C"},
		{text: "Soldiers of the Force Protection Company Garuda Contingent XXVI-P2/UNIFIL were inspected.",
			typ: attache.Organization, name: "Force Protection Company Garuda Contingent XXVI-P2/UNIFIL", notTyp: attache.Organization, notName: "Protection Company"},
		{text: "He saw off the Rapid Deployable Battalion Garuda Contingent XXXIX-G/MONUSCO at Halim.",
			typ: attache.Organization, name: "Rapid Deployable Battalion Garuda Contingent XXXIX-G/MONUSCO", notTyp: attache.Organization, notName: "Rapid Deployable Battalion"},
		{text: "In 1957 Indonesia sent the Garuda Contingent I to Sinai.",
			typ: attache.Organization, name: "Garuda Contingent I"},
		{text: "They will relieve NEPBAT-11, which served for a year.",
			typ: attache.Organization, name: "NEPBAT-11"},
		{text: "The 150 troops of TONGACON 4 flew out on Friday.",
			typ: attache.Organization, name: "TONGACON 4"},
		// a code without its number, or a word in capitals, is no unit
		{text: "The COMBAT team met at 9 am.",
			notTyp: attache.Organization, notName: "COMBAT"},
	})
}
