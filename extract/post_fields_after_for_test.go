package extract

import (
	"testing"

	"attache"
)

// TestPostFieldsAfterFor checks that the field a staff post serves,
// written after "for", belongs to the post and names no body: the body
// is the one named after "of", if any.
func TestPostFieldsAfterFor(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The guests were led by the Assistant Chief of Staff for Operations of the Omani Armed Forces, Brigadier General Salim Al-Harthy.",
			typ: attache.Organization, name: "Omani Armed Forces", notTyp: attache.Organization, notName: "Staff for Operations of the Omani Armed Forces"},
		{text: "Kuwait's Assistant Chief of Staff for Armament, Brigadier General Fahad Al-Mutairi, arrived in Amman on Monday.",
			typ: attache.Country, name: "KW", notTyp: attache.Organization, notName: "Staff for Armament"},
		{text: "The students called on the Assistant Deputy Chief of Staff for Education and Training, Brigadier General Jose Ramos.",
			typ: attache.Person, name: "Jose Ramos", notTyp: attache.Organization, notName: "Staff for Education and Training"},
		// "of" with no "for" still names the body
		{text: "The Chief of Staff of the Ghana Armed Forces, Major General Kofi Mensah, opened the course.",
			typ: attache.Organization, name: "Ghana Armed Forces"},
	})
}
