package extract

import (
	"testing"

	"attache"
)

// TestLegislativeChambers checks that a chamber named "House of ..." is a
// body, not a building, though "House" heads building names.
func TestLegislativeChambers(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The minister briefed the House of Representatives (DPR) in Jakarta on Tuesday.",
			typ: attache.Organization, name: "House of Representatives", notTyp: attache.Location, notName: "House of Representatives"},
		{text: "The bill was passed by the House of Commons on Monday.",
			typ: attache.Organization, name: "House of Commons", notTyp: attache.Location, notName: "House of Commons"},
		// a building named with "House" stays a place
		{text: "The two leaders met at Government House in Wellington.",
			typ: attache.Location, name: "Government House"},
	})
}
