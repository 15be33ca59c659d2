package extract

import (
	"testing"

	"attache"
)

// TestMeetingOrdinals checks that an ordinal before the name of a body
// that meets, followed by "meeting" or "session", counts its meetings and
// is no part of its name, while a unit keeps its number.
func TestMeetingOrdinals(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The two sides agreed to hold the 12th Thailand-Laos Joint Border Committee meeting in Nong Khai.",
			typ: attache.Organization, name: "Thailand-Laos Joint Border Committee", notTyp: attache.Organization, notName: "12th Thailand-Laos Joint Border Committee"},
		{text: "The 4th Joint Defence Cooperation Commission session was held in Canberra.",
			typ: attache.Organization, name: "Joint Defence Cooperation Commission"},
		{text: "Officers of the 7th Infantry Division meeting hall were briefed.",
			typ: attache.Organization, name: "7th Infantry Division"},
	})
}
