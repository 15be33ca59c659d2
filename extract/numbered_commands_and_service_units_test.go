package extract

import (
	"testing"

	"attache"
)

// TestNumberedCommandsAndServiceUnits covers a command's area numbered by
// an ordinal before it ("2nd Military Region", "Third Naval Zone"), which
// is a body, not a place, and a numbered unit "of" a state's service,
// named without the service ("1st Army Brigade of the Serbian Army" is
// the 1st Army Brigade and the Serbian Army), while a regiment's numbered
// battalion keeps its regiment.
func TestNumberedCommandsAndServiceUnits(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The chief of staff began an inspection visit to the 2nd Military Region in Oran.",
			typ: attache.Organization, name: "2nd Military Region", notTyp: attache.Location, notName: "Military Region"},
		{text: "Talks were held at the headquarters of the Third Naval Zone of the Chilean Navy.",
			typ: attache.Organization, name: "Third Naval Zone"},
		{text: "Talks were held at the headquarters of the Third Naval Zone of the Chilean Navy.",
			typ: attache.Organization, name: "Chilean Navy"},
		{text: "The 4th Air Defence Region reported no incidents.",
			typ: attache.Organization, name: "4th Air Defence Region"},
		{text: "Some 450 members of the 1st Army Brigade of the Serbian Army took part.",
			typ: attache.Organization, name: "1st Army Brigade", notTyp: attache.Organization, notName: "1st Army Brigade of the Serbian Army"},
		{text: "Troops of the 25th Infantry Brigade of the Hungarian Defence Forces crossed the river.",
			typ: attache.Organization, name: "Hungarian Defence Forces"},
		{text: "The 3rd Marine Division of the Philippine Navy sent two companies.",
			typ: attache.Organization, name: "3rd Marine Division"},
		// a regiment's battalion keeps its regiment
		{text: "The contingent is drawn from the 7th Battalion of the Royal Ranger Regiment.",
			typ: attache.Organization, name: "7th Battalion of the Royal Ranger Regiment"},
		// a place word after a plain word stays a place
		{text: "Floods hit the Central Region on Monday.",
			typ: attache.Location, name: "Central Region"},
	})
}
