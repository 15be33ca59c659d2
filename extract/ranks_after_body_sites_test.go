package extract

import (
	"testing"

	"attache"
)

// TestRanksAfterBodySites covers a post's body ending in a facility word
// right before the holder's rank ("Director of Overseas Operations at Army
// Headquarters Brigadier General X"): the rank opens the person, while a
// free facility word before a rank still names a site after a soldier.
func TestRanksAfterBodySites(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Director of Overseas Operations at Army Headquarters Brigadier General Mahmudul Hasan saw the troops off.",
			typ: attache.Person, name: "Mahmudul Hasan", notTyp: attache.Location, notName: "Headquarters Brigadier General Mahmudul Hasan"},
		{text: "The Director of Naval Information at Naval Headquarters Commodore Adamu Bello said so.",
			typ: attache.Person, name: "Adamu Bello"},
		{text: "The troops left Hazrat Shahjalal International Airport Colonel Rafiq Ahmed said.",
			typ: attache.Person, name: "Rafiq Ahmed"},
		{text: "The marines trained at Camp General Emilio Aguinaldo on Monday.",
			typ: attache.Location, name: "Camp General Emilio Aguinaldo"},
	})
}
