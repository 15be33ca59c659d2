package extract

import (
	"testing"

	"attache"
)

// TestGivenNamesAfterFamilyNames covers a name written family name first
// whose given name is also a rank abbreviation ("Nakatani Gen"): the word
// after the family name is part of the name when the knowledge base knows
// the person given name first or the text writes that form too; a rank
// written before another name, or with its full stop, is not.
func TestGivenNamesAfterFamilyNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		// the knowledge base knows "Gen Nakatani"
		{text: "Defense Minister Nakatani Gen met his Philippine counterpart in Tokyo on Monday.",
			typ: attache.Person, name: "Nakatani Gen", notTyp: attache.Person, notName: "Nakatani"},
		{text: "The talks were chaired by Nakatani Gen, who welcomed the guests.",
			typ: attache.Person, name: "Nakatani Gen", notTyp: attache.Person, notName: "Nakatani"},
		// the text writes the given name first elsewhere
		{text: "Vice Minister Oshiro Gen received the delegation at the ministry. Gen Oshiro said the visit was timely.",
			typ: attache.Person, name: "Oshiro Gen"},
		// a rank before the next person's name stays a rank
		{text: "Minister Ikeda Hiroshi and Gen. Sato Ken inspected the unit in Sapporo.",
			typ: attache.Person, name: "Sato Ken", notTyp: attache.Person, notName: "Ikeda Hiroshi Gen"},
	})
}
