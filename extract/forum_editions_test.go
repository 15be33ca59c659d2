package extract

import (
	"testing"

	"attache"
)

// TestForumEditions checks that a body meeting in editions (a forum,
// dialogue, conference or symposium) is named without the ordinal that
// counts its editions, that a show with its conference is no body, and that
// a forum's name qualifies no list of services after it.
func TestForumEditions(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The minister opened the 4th Central Asian Defence Forum in Astana on Monday.",
			typ: attache.Organization, name: "Central Asian Defence Forum", notTyp: attache.Organization, notName: "4th Central Asian Defence Forum"},
		{text: "Delegates from 12 states attended the 9th Andean Border Commanders Conference in Quito.",
			typ: attache.Organization, name: "Andean Border Commanders Conference", notTyp: attache.Organization, notName: "9th Andean Border Commanders Conference"},
		{text: "The two sides held the 3rd Coral Sea Maritime Symposium in Cairns.",
			typ: attache.Organization, name: "Coral Sea Maritime Symposium"},
		{text: "The third Korea-Peru 2+2 Ministerial Dialogue was held in Lima.",
			notTyp: attache.Organization, notName: "Ministerial Dialogue"},
		{text: "He toured the Gulf Naval Defence Exhibition and Conference on Tuesday.",
			notTyp: attache.Organization, notName: "Gulf Naval Defence Exhibition and Conference"},
		{text: "Chiefs gather for Lagoon Dialogue and Navy's anniversary.\n\nThe Lagoon Dialogue opened on Monday.",
			notTyp: attache.Organization, notName: "Lagoon Navy"},
	})
}
