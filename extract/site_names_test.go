package extract

import (
	"testing"

	"attache"
)

// TestSiteNames covers sites named by a proper name and a generic head
// word ("Camp", "Villa", "Garrison", "Base") that are places when one is
// at or in them, a Malay building word heading its name ("Wisma"), and
// generic sites that stay unnamed.
func TestSiteNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The cadets paraded at Kalinga Camp on Friday.",
			typ: attache.Location, name: "Kalinga Camp"},
		{text: "The two ministers dined at the Mayfield Villa in the capital.",
			typ: attache.Location, name: "Mayfield Villa"},
		{text: "A wreath was laid at Tembaga Garrison on Monday.",
			typ: attache.Location, name: "Tembaga Garrison", notTyp: attache.Organization, notName: "Tembaga Garrison"},
		// an air force named inside the site gives way to it
		{text: "The transport aircraft landed at Harjo Santoso Air Force Base on Sunday.",
			typ: attache.Location, name: "Harjo Santoso Air Force Base", notTyp: attache.Organization, notName: "Harjo Santoso Air Force"},
		{text: "The envoy was received at Wisma Keselamatan on Tuesday.",
			typ: attache.Location, name: "Wisma Keselamatan"},
		// a body's or state's site, named after its possessive
		{text: "The graduation took place at the Royal Thai Navy's Sattahip Camp on Monday.",
			typ: attache.Location, name: "Sattahip Camp"},
		{text: "The visitors toured Malaysia's Kemunting Camp on Monday.",
			typ: attache.Location, name: "Kemunting Camp"},
		// a generic site is no name
		{text: "The sailors met their families at the Naval Canteen Camp on Monday.",
			notTyp: attache.Location, notName: "Naval Canteen Camp"},
		{text: "The recruits trained at Army Camp near the border.",
			notTyp: attache.Location, notName: "Army Camp"},
	})
}
