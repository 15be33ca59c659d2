package extract

import (
	"testing"

	"attache"
)

// TestQuotedCommandNames checks that a command's name part in quotation
// marks, which tells one command of a kind from the others, belongs to
// its name, in straight, curly and angle quotes.
func TestQuotedCommandNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: `On Friday the guests will visit the Regional Command "East" in Oskemen.`,
			typ: attache.Organization, name: `Regional Command "East"`, notTyp: attache.Organization, notName: "Regional Command"},
		{text: "The first deputy commander of the Regional Command «Astana» led the air assault company.",
			typ: attache.Organization, name: "Regional Command «Astana»", notTyp: attache.Location, notName: "Astana"},
		{text: "The Operational Command \u201cNorth\u201d took part in the drill near Petropavl.",
			typ: attache.Organization, name: "Operational Command \u201cNorth\u201d"},
		// a quoted code name after an event word stays apart
		{text: `The exercise "Steppe Eagle" began near Almaty on Monday.`,
			typ: attache.Location, name: "Almaty", notTyp: attache.Organization, notName: `exercise "Steppe Eagle"`},
	})
}
