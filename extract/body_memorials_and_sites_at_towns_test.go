package extract

import (
	"testing"

	"attache"
)

// TestBodyMemorials covers a museum, memorial or cemetery named after a
// known body: the whole name is a place, and the body stays mentioned,
// with the state its name holds.
func TestBodyMemorials(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The guests later toured the Sultan's Armed Forces Museum at Bait Al Falaj.",
			typ: attache.Location, name: "Sultan's Armed Forces Museum"},
		{text: "The delegation laid flowers at the Vietnam People's Army Museum in Hanoi on Monday.",
			typ: attache.Location, name: "Vietnam People's Army Museum"},
		{text: "The delegation laid flowers at the Vietnam People's Army Museum in Hanoi on Monday.",
			typ: attache.Country, name: "VN"},
		// a body before another kind of place word keeps its own name
		{text: "The Indian Army Square in Delhi hosted the parade.",
			notTyp: attache.Location, notName: "Indian Army Square"},
	})
}

// TestSitesAtTowns covers a site named by the town it lies at, after a
// lower-case site word: "the naval base at Wudam", "the training ground
// at Alabino".
func TestSitesAtTowns(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The commander later toured the naval base at Wudam.",
			typ: attache.Location, name: "Wudam"},
		{text: "The crews fired live rounds on the training ground at Otar, the ministry said.",
			typ: attache.Location, name: "Otar"},
		{text: "The helicopters landed at the airfield at Kuchinarai, officials said.",
			typ: attache.Location, name: "Kuchinarai"},
		// "at" before a time is no town
		{text: "The team reached the base at dawn.",
			notTyp: attache.Location, notName: "dawn"},
	})
}

// TestLowerCaseMemorials covers a memorial site whose kind word is written
// in lower case after its name ("the Otan Korgaushylar monument", "the
// Santa Ifigenia cemetery"), also when the name honours someone through
// "of the" ("the Defenders of the Fatherland monument"): the whole is a
// place, kind word included.
func TestLowerCaseMemorials(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Earlier the same day, the minister laid flowers at the Zhanatas Batyr monument.",
			typ: attache.Location, name: "Zhanatas Batyr monument"},
		{text: "The delegation will pay tribute at the Colina Verde cemetery on Friday.",
			typ: attache.Location, name: "Colina Verde cemetery"},
		{text: "The general laid a wreath at the Heroes of the Motherland memorial and toured a museum.",
			typ: attache.Location, name: "Heroes of the Motherland memorial"},
		{text: "The general laid a wreath at the Heroes of the Motherland memorial and toured a museum.",
			notTyp: attache.Location, notName: "Motherland memorial"},
		// a lower-case memorial word after no name names no place
		{text: "The delegation laid a wreath at the war memorial on Friday.",
			notTyp: attache.Location, notName: "war memorial"},
	})
}
