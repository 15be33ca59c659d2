package extract

import (
	"testing"

	"attache"
)

// TestFieldPairsInOrgNames checks names whose fields are joined by "and"
// after a qualifier: a service word before another field ("Air and Space
// Force") and a qualified field closing an "on ..." list ("Defence,
// Intelligence and Foreign Relations").
func TestFieldPairsInOrgNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The jets were escorted by a tanker of the French Air and Space Force on Monday.",
			typ: attache.Organization, name: "French Air and Space Force", notTyp: attache.Organization, notName: "Space Force"},
		{text: "The Standing Committee on Defence, Security and Foreign Affairs approved the treaty.",
			typ: attache.Organization, name: "Standing Committee on Defence, Security and Foreign Affairs", notTyp: attache.Organization, notName: "Standing Committee on Defence, Security"},
		// two bodies listed stay two
		{text: "Officers of the Royal Thai Navy and Air Force attended.",
			typ: attache.Organization, name: "Royal Thai Navy", notTyp: attache.Organization, notName: "Royal Thai Navy and Air Force"},
	})
}
