package extract

import (
	"testing"

	"attache"
)

// TestExhibitionNames checks that a defence exhibition is no organisation
// (EXTRACTION.md lists it as an event) even when the knowledge base knows
// it under a short name without an event word and its full name as an
// alias, while a forum named beside it stays one.
func TestExhibitionNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The two ministers met in Jakarta on the sidelines of Indo Defence last week.",
			typ: attache.Location, name: "Jakarta", notTyp: attache.Organization, notName: "Indo Defence"},
		{text: "The minister invited his guest to Defence Services Asia in Kuala Lumpur next April.",
			typ: attache.Location, name: "Kuala Lumpur", notTyp: attache.Organization, notName: "Defence Services Asia"},
		{text: "The chiefs met in Bengaluru during Aero India and agreed to hold talks at the Shangri-La Dialogue.",
			typ: attache.Organization, name: "Shangri-La Dialogue", notTyp: attache.Organization, notName: "Aero India"},
	})
}
