package extract

import (
	"testing"

	"attache"
)

// TestFamilyNameParticles covers family names joined to a particle, whose
// last word may also name a place ("Al-Sabah" and the state of Sabah), and
// Portuguese particles inside a name.
func TestFamilyNameParticles(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Kuwait's Minister of Defence Sheikh Fahad Yousef Saud Al-Sabah arrived in Riyadh.",
			typ: attache.Person, name: "Fahad Yousef Saud Al-Sabah", notTyp: attache.Location, notName: "Sabah"},
		{text: "Minister of Defence Joao do Rosario Mendes met the envoy.",
			typ: attache.Person, name: "Joao do Rosario Mendes"},
		// the place after a spaced hyphen is still a place
		{text: "The patrol ran Kota Kinabalu - Sabah on Monday.",
			typ: attache.Location, name: "Sabah"},
	})
}
