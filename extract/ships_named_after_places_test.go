package extract

import (
	"testing"

	"attache"
)

// TestShipsNamedAfterPlaces checks that a ship named after a city, a
// state or a province, after its prefix or its kind, is no place, and
// that a ship used as a venue is one even with its state and kind
// written between "on board" and its name.
func TestShipsNamedAfterPlaces(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The landing dock BRP Davao del Sur sailed with the corvette.",
			notTyp: attache.Location, notName: "Davao"},
		{text: "The destroyer INS Kolkata and the tanker INS Deepak arrived in Muscat.",
			typ: attache.Location, name: "Muscat", notTyp: attache.Location, notName: "Kolkata"},
		{text: "The Chinese destroyer Nanning escorted the supply ship.",
			notTyp: attache.Location, notName: "Nanning"},
		{text: "The two admirals held talks on board the Turkish frigate TCG Izmir on Thursday.",
			typ: attache.Location, name: "TCG Izmir", notTyp: attache.Location, notName: "Izmir"},
		// a city after a ship's prefix with words between stays a city
		{text: "KD Lekiu berthed at the port of Kuantan on Monday.",
			typ: attache.Location, name: "Kuantan"},
	})
}
