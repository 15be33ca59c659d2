package extract

import (
	"testing"

	"attache"
)

// TestRegionDemonyms covers the demonyms of world regions that end in a
// state's demonym: "South American", "Latin American", "Inter-American"
// name no United States, while "American" alone and a state's own
// two-word demonym ("South African") still do.
func TestRegionDemonyms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Both ministers will keep working within the South American Defence Council.",
			typ: attache.Organization, name: "South American Defence Council", notTyp: attache.Country, notName: "US"},
		{text: "Three South American countries sent a joint company to Cyprus.",
			notTyp: attache.Country, notName: "US"},
		{text: "The Inter-American Defense Board hosted Latin American officers in Washington.",
			notTyp: attache.Country, notName: "US"},
		{text: "The American destroyer docked beside a South African frigate.",
			typ: attache.Country, name: "US"},
		{text: "The South African Navy hosted a North American delegation.",
			typ: attache.Country, name: "ZA", notTyp: attache.Country, notName: "US"},
	})
}

// TestWestAfricanHonorifics covers the honorifics that West African
// agencies write before a name ("Alhaji", "Hajiya"): no part of it.
func TestWestAfricanHonorifics(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The Minister of State for Defence, Alhaji Musa Garba Bello, met the Egyptian envoy in Abuja.",
			typ: attache.Person, name: "Musa Garba Bello", notTyp: attache.Person, notName: "Alhaji Musa Garba Bello"},
		{text: "Alhaji Sani Umar Kwande, the permanent secretary, received the delegation.",
			typ: attache.Person, name: "Sani Umar Kwande"},
		{text: "The permanent secretary, Hajiya Amina Lawal Bello, signed for the ministry.",
			typ: attache.Person, name: "Amina Lawal Bello"},
	})
}
