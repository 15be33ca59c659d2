package extract

import (
	"testing"

	"attache"
)

// TestNameCaseShapes covers known names that fold alike but are written
// with different capitals: an acronym in capitals and a city in title
// case are two names, each found where it is written its own way.
func TestNameCaseShapes(t *testing.T) {
	runEntityCases(t, []entityCase{
		// "Lima" the city, though "LIMA" is an exhibition's acronym
		{text: "The two ministers met in Lima on Monday.",
			typ: attache.Location, name: "Lima"},
		{text: "The patrol covered the waters off Lima and Callao.",
			typ: attache.Location, name: "Lima"},
		// the acronym written in capitals is not the city
		{text: "Malaysia will host LIMA in Langkawi next May.",
			notTyp: attache.Location, notName: "LIMA"},
	})
}

// TestNamesEndWithTheirLine checks that a known name never runs from a
// headline into the dateline under it.
func TestNamesEndWithTheirLine(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Army chief receives Omani guest at GHQ\n\nRAWALPINDI (APP): The army chief received the guest on Tuesday.",
			typ: attache.Location, name: "Rawalpindi", notTyp: attache.Location, notName: "GHQ\n\nRAWALPINDI"},
	})
}
