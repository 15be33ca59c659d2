package extract

import (
	"testing"

	"attache"
)

// TestCommandNamesAndAppositions covers bodies whose name holds a rank word
// or goes on past its domain word, exhibitions that are events, names in
// apposition after their post, and sites named by a place and a facility.
func TestCommandNamesAndAppositions(t *testing.T) {
	runEntityCases(t, []entityCase{
		// a rank word qualifying a head, and a name going on past its domain word
		{text: "Officers of the General Command of the Qatar Armed Forces attended.",
			typ: attache.Organization, name: "General Command of the Qatar Armed Forces"},
		{text: "The Saudi Authority for Military Industries and the Agency for Defence Procurement signed a deal.",
			typ: attache.Organization, name: "Agency for Defence Procurement", notTyp: attache.Organization, notName: "Agency for Defence"},
		// an exhibition listed with the forums is an event, not a body
		{text: "The Langkawi International Maritime and Aerospace Exhibition (LIMA) opened in Langkawi on Tuesday.",
			typ: attache.Location, name: "Langkawi", notTyp: attache.Organization, notName: "Langkawi International Maritime and Aerospace Exhibition"},
		// a name in apposition after its post
		{text: "The deal was welcomed by the Minister of Defence, Pedro Alvarez Soto, on Monday.",
			typ: attache.Person, name: "Pedro Alvarez Soto"},
		{text: "The talks were opened by the Australian Ambassador to Indonesia, Penny Williams.",
			typ: attache.Person, name: "Penny Williams"},
		// a site named by a known place and a facility word
		{text: "The frigate docked at the Toulon Naval Complex on Friday.",
			typ: attache.Location, name: "Toulon Naval Complex"},
	})
}
