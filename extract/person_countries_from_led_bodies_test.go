package extract

import "testing"

// TestPersonCountriesFromLedBodies covers a person's state read from the
// body they lead: a demonym before a generic body name known as another
// state's, and a clause after the name that says which force they lead.
func TestPersonCountriesFromLedBodies(t *testing.T) {
	runPersonCases(t, []personCase{
		// "Ministry of National Defence" alone is known as one state's
		// body; the demonym before it says whose this one is
		{text: "TASHKENT -- Defence Minister General Bakhodir Aliev received a delegation of the Turkish Ministry of National Defence led by Deputy Minister Ahmet Korkmaz.",
			name: "Ahmet Korkmaz", country: "TR"},
		{text: "Defence Minister General Bakhodir Aliev received a delegation of the Turkish Ministry of National Defence led by Deputy Minister Ahmet Korkmaz in Tashkent.",
			name: "Ahmet Korkmaz", country: "TR"},
		// the force a guest commands, told in a clause after the name
		{text: "KATHMANDU -- Major General Vikram Rao, who leads the Indian Army contingent, attended the opening of the drill in Nepal.",
			name: "Vikram Rao", rank: "Major General", country: "IN"},
		{text: "DHAKA -- Brigadier General Tomas Reyes, who commands the Philippine Navy task group, called on the navy chief of Bangladesh.",
			name: "Tomas Reyes", rank: "Brigadier General", country: "PH"},
	})
}
