package extract

import (
	"testing"

	"attache"
)

// TestPostBodies covers bodies named after the post they serve: "Office
// of the Permanent Secretary for Defence", "Office of the
// Commander-in-Chief (Army)", "the Prime Minister's Office".
func TestPostBodies(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "According to the Office of the Permanent Secretary for Defence, the talks went well.",
			typ: attache.Organization, name: "Office of the Permanent Secretary for Defence"},
		{text: "He called on the general at the Office of the Commander-in-Chief (Army) on Monday.",
			typ: attache.Organization, name: "Office of the Commander-in-Chief (Army)"},
		{text: "She is Minister at the Prime Minister's Office and Minister of Finance.",
			typ: attache.Organization, name: "Prime Minister's Office", notTyp: attache.Organization, notName: "Minister's Office"},
		// other bodies end before a post: "Ministry of Defence" in
		// "Ministry of Defence Secretary General X"
		{text: "The Ministry of Defence Secretary-General Donny Ermawan spoke.",
			typ: attache.Organization, name: "Ministry of Defence"},
	})
}
