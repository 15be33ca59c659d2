package extract

import (
	"testing"

	"attache"
)

// TestVisitedSites checks that a proper name ending in a site head word
// is a place after a verb of going there, as after "at", while a generic
// one stays none.
func TestVisitedSites(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The delegation later toured Sungai Udang Camp, where it was briefed.",
			typ: attache.Location, name: "Sungai Udang Camp"},
		{text: "The minister inspected the Army Camp on Monday.",
			notTyp: attache.Location, notName: "Army Camp"},
	})
}

// TestSeatsOfGovernment checks that an official residence where calls
// are paid is a place, not the end of a person's honorifics.
func TestSeatsOfGovernment(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The envoy paid a courtesy call on Prime Minister Datuk Seri Anwar Ibrahim at Seri Perdana.",
			typ: attache.Location, name: "Seri Perdana", notTyp: attache.Person, notName: "Perdana"},
		{text: "The chiefs were received at Rashtrapati Bhavan on Friday.",
			typ: attache.Location, name: "Rashtrapati Bhavan"},
	})
}

// TestBorderPlaces checks that proper names before "border" or
// "checkpoint" name a place, while states before "border" stay states.
func TestBorderPlaces(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The talks were held at the Chong Sa Ngam border checkpoint on Tuesday.",
			typ: attache.Location, name: "Chong Sa Ngam"},
		{text: "Both sides will reopen the Ban Laem checkpoint next week.",
			typ: attache.Location, name: "Ban Laem"},
		{text: "Troops patrolled the Vietnam-Laos border on Monday.",
			notTyp: attache.Location, notName: "Laos"},
	})
}
