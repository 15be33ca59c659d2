package extract

import (
	"testing"

	"attache"
)

// TestHeadsAfterAcronyms checks that a head word written after the
// acronym that follows a known body's name ends that name: "Inter
// Services Public Relations (ISPR) Directorate".
func TestHeadsAfterAcronyms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "DHAKA (BSS) - The troops were decorated, the Inter Services Public Relations (ISPR) Directorate said.",
			typ: attache.Organization, name: "Inter Services Public Relations Directorate", notTyp: attache.Organization, notName: "Inter Services"},
		{text: "RAWALPINDI (APP) - The two chiefs met, the Inter Services Public Relations (ISPR) said in a statement.",
			typ: attache.Organization, name: "Inter Services Public Relations", notTyp: attache.Organization, notName: "Inter Services"},
		// a longer name after the head is left to the rules that read it
		{text: "The Philippine Coast Guard (PCG) Command Center tracked the vessel.",
			notTyp: attache.Organization, notName: "Philippine Coast Guard Command"},
	})
}
