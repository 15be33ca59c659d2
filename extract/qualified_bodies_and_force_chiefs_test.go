package extract

import (
	"testing"

	"attache"
)

// TestQualifiedBodiesAfterKnownOnes covers a body named after a known
// one with a qualifying word before its head word ("East African
// Community Standby Force"): one body, not the known one and a stray
// "Standby Force".
func TestQualifiedBodiesAfterKnownOnes(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Both armies contribute troops to the East African Community Standby Force, the chiefs said.",
			typ: attache.Organization, name: "East African Community Standby Force", notTyp: attache.Organization, notName: "Standby Force"},
		{text: "The brigade is part of the ECOWAS Standby Force, the minister said in Abuja.",
			typ: attache.Organization, name: "ECOWAS Standby Force", notTyp: attache.Organization, notName: "Standby Force"},
		// a school after a known body is read by the site rules, as before
		{text: "The drill opened at the Nepali Army Battle School in Saljhandi on Monday.",
			typ: attache.Location, name: "Nepali Army Battle School"},
	})
}

// TestDefenceForcesChiefsPosts covers "Chief of the Defence Forces": a
// post, whose "Defence Forces" names no body of its own.
func TestDefenceForcesChiefsPosts(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Chief of the Defence Forces General Peter Omondi met the guests in Nairobi.",
			typ: attache.Person, name: "Peter Omondi", notTyp: attache.Organization, notName: "Defence Forces"},
		{text: "General Amos Banda, Chief of the Defense Forces, met the guests in Lusaka.",
			typ: attache.Person, name: "Amos Banda", notTyp: attache.Organization, notName: "Defense Forces"},
	})
}

// TestFactoryNames covers a factory named by its code or owner ("the Z153
// Factory"): a body, as a plant or works is.
func TestFactoryNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The vehicles will be repaired at the Z153 Factory in Hanoi.",
			typ: attache.Organization, name: "Z153 Factory"},
		{text: "The delegation toured the Ural Armour Factory on Tuesday.",
			typ: attache.Organization, name: "Ural Armour Factory"},
	})
}

// TestFieldsAfterGenericMinistries covers a field written after a
// generic ministry's name ("Ministry of Defence Production"): another
// body, named whole, with the state an "of" after it gives.
func TestFieldsAfterGenericMinistries(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The delegation met officials of the Department of Defence Production in New Delhi.",
			typ: attache.Organization, name: "Department of Defence Production", notTyp: attache.Organization, notName: "Department of Defence"},
		{text: "The Ministry of Defence Industry of Azerbaijan signed the deal on Monday.",
			typ: attache.Organization, name: "Ministry of Defence Industry of Azerbaijan", notTyp: attache.Organization, notName: "Ministry of Defence"},
		{text: "The Ministry of Defence said the talks went well.",
			typ: attache.Organization, name: "Ministry of Defence"},
	})
}
