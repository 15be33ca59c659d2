package extract

import (
	"testing"

	"attache"
)

// TestMissionSectors checks that a mission's area named by a point of
// the compass ("Sector East") is an organisation, with the mission's
// acronym before it left to the mission, and that the sector's post
// ("Sector East Commander") still names the sector.
func TestMissionSectors(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The battalion served for a year in Sector West before it was relieved.",
			typ: attache.Organization, name: "Sector West"},
		{text: "The UNIFIL Sector East Commander, Brigadier General Pablo Ruiz, pinned the medals.",
			typ: attache.Organization, name: "Sector East", notTyp: attache.Organization, notName: "UNIFIL Sector East"},
		{text: "The company is based at the MINUSCA Sector West headquarters in Bouar.",
			typ: attache.Organization, name: "Sector West", notTyp: attache.Organization, notName: "MINUSCA Sector West"},
		// a region's name after the word is no sector
		{text: "Trade with Sector West Africa grew.",
			notTyp: attache.Organization, notName: "Sector West"},
	})
}
