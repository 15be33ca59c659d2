package extract

import (
	"testing"

	"attache"
)

// TestFamilyNamesThatAreCommonWords covers family names the lexicon also
// reads as other words: a surname that is a place word before a Korean
// given name joined by a hyphen, and a father's name that is also a
// style after "bin" or "al".
func TestFamilyNamesThatAreCommonWords(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The guest will call on Defense Minister Park Sung-woo on Thursday.",
			typ: attache.Person, name: "Park Sung-woo", notTyp: attache.Person, notName: "Sung-woo"},
		{text: "Park Ji-hoon, the vice minister, attended the talks in Seoul.",
			typ: attache.Person, name: "Park Ji-hoon"},
		// a place word before a plain name stays a place word
		{text: "The delegation laid a wreath at the Memorial Park in Hanoi.",
			notTyp: attache.Person, notName: "Park"},
		{text: "The guests later met Prince Faisal bin Khalid bin Sultan, Deputy Minister of Defense.",
			typ: attache.Person, name: "Faisal bin Khalid bin Sultan", notTyp: attache.Person, notName: "Faisal bin Khalid"},
		{text: "Vice Admiral Abdullah bin Sultan al Sultan received the commander in Riyadh.",
			typ: attache.Person, name: "Abdullah bin Sultan al Sultan"},
		{text: "Sheikh Hamad bin Sultan bin Zayed attended the parade in Abu Dhabi.",
			typ: attache.Person, name: "Hamad bin Sultan bin Zayed"},
	})
}

// TestPersonCountriesFromOwningBodies covers a post in a body "of"
// another body: the owning body names the holder's state, even when the
// first body's name is known as another state's.
func TestPersonCountriesFromOwningBodies(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "The minister received Major General Khamla Vongsa, Chief of the General Department of Logistics of the Lao People's Army.",
			name: "Khamla Vongsa", rank: "Major General", country: "LA"},
		{text: "Colonel Bounthan Keo, Deputy Chief of the General Department of Politics of the Lao People's Army, led the delegation.",
			name: "Bounthan Keo", rank: "Colonel", country: "LA"},
		// the first body alone keeps its state
		{text: "Lieutenant General Tran Van Minh, Director of the General Department of Logistics, met the guests.",
			name: "Tran Van Minh", rank: "Lieutenant General", country: "VN"},
	})
}

// TestLongerHonorifics covers styles that are no part of a name: the
// words of Brunei's longer Malay honorifics and an academic's
// "Professor".
func TestLongerHonorifics(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "RBAF Commander Major General Dato Seri Pahlawan Yusof Hamid signed the MoU in Bandar Seri Begawan.",
			typ: attache.Person, name: "Yusof Hamid", notTyp: attache.Person, notName: "Pahlawan Yusof Hamid"},
		{text: "The guests were received by Colonel Dato Paduka Seri Awang Hamdan bin Ismail in Bandar Seri Begawan.",
			typ: attache.Person, name: "Awang Hamdan bin Ismail"},
		{text: "The delegation was led by the Rector of the university, Professor Ahmet Yildirim, on Tuesday.",
			typ: attache.Person, name: "Ahmet Yildirim", notTyp: attache.Person, notName: "Professor Ahmet Yildirim"},
	})
}
