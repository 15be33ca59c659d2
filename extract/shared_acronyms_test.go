package extract

import (
	"testing"

	"attache"
)

// TestSharedAcronyms checks that an acronym two states' bodies share
// ("PAF") names the body of the state the report is from.
func TestSharedAcronyms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "ISLAMABAD (APP) - The PAF chief received the visiting general at Air Headquarters.",
			typ: attache.Organization, name: "PAF", notTyp: attache.Organization, notName: "Philippine Air Force"},
		{text: "MANILA (PNA) - The PAF flew two FA-50 jets over Clark on Monday.",
			typ: attache.Organization, name: "Philippine Air Force"},
	})
}
