package extract

import (
	"testing"

	"attache"
)

// TestPlacesWithoutState checks that a name the places list holds is a
// place even when it has an ISO code (Antarctica is no state), and that
// the adjective "Antarctic" names no state.
func TestPlacesWithoutState(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The navies share logistics for flights to Antarctica from Punta Arenas.",
			typ: attache.Location, name: "Antarctica", notTyp: attache.Country, notName: "AQ"},
		{text: "The Brazilian minister discussed Antarctic cooperation in Santiago.",
			typ: attache.Country, name: "BR", notTyp: attache.Country, notName: "AQ"},
	})
}
