package extract

import (
	"testing"

	"attache"
)

// TestRegionNames checks regions the gazetteer does not know: named after
// their kind word and "of", before a lower-case kind word, or closing the
// sentence after the town that lies in them; firing ranges as sites; and
// sites named after a person, with the particles of the name.
func TestRegionNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The brigade later moved to the department of Boyacuna, where the second phase began.",
			typ: attache.Location, name: "Boyacuna"},
		{text: "The troops held a river crossing near Puerto Alvear, in the Argentine province of Corrientes Sur.",
			typ: attache.Location, name: "Corrientes Sur"},
		{text: "The delegation travelled to the Tolemara Military Fort in Melgarejo, Huila department.",
			typ: attache.Location, name: "Huila department"},
		{text: "Troops of the two armies lined up at the training ground in Saljhora, Rupanpur.",
			typ: attache.Location, name: "Rupanpur"},
		{text: "The exercise was held at the Pokaran Field Firing Ranges in Rajasthan last year.",
			typ: attache.Location, name: "Pokaran Field Firing Ranges"},
		// a site named after a person keeps the particles of the name
		{text: "The closing ceremony was held at the Khalid bin Saud Air Base in Tabuk on Monday.",
			typ: attache.Location, name: "Khalid bin Saud Air Base", notTyp: attache.Location, notName: "Saud Air Base"},
		{text: "The frigate docked at the Mohammed ibn Rashid Naval Base, the navy said.",
			typ: attache.Location, name: "Mohammed ibn Rashid Naval Base"},
		// a state of things is no region
		{text: "The minister said the state of readiness of the Colombian Navy was high.",
			typ: attache.Organization, name: "Colombian Navy", notTyp: attache.Location, notName: "Colombian Navy"},
	})
}
