package extract

import (
	"testing"

	"attache"
)

// TestPlaceNames covers places named after known places ("Thu Duc City",
// "Melaka Strait"), two seas sharing their words, venues ending in a
// place word, a ruler's name inside a place name, and a body's house.
func TestPlaceNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The ministers opposed coercion in the East and South China seas.",
			typ: attache.Location, name: "East China Sea", notTyp: attache.Country, notName: "CN"},
		{text: "The ministers opposed coercion in the East and South China seas.",
			typ: attache.Location, name: "South China Sea"},
		{text: "Navies patrol the Red and Black seas.",
			typ: attache.Location, name: "Black Sea"},
		{text: "The frigate docked in Thu Duc City on Monday.",
			typ: attache.Location, name: "Thu Duc City", notTyp: attache.Location, notName: "Thu Duc"},
		// an area word in lower case stays, with the bare name as a form
		{text: "The troops trained in Quang Tri province on Monday.",
			typ: attache.Location, name: "Quang Tri province"},
		{text: "The troops trained in Quang Tri province on Monday.",
			typ: attache.Location, name: "Quang Tri"},
		{text: "The delegation toured a research station on King George Island.",
			typ: attache.Location, name: "King George Island", notTyp: attache.Location, notName: "George Island"},
		{text: "Troops paraded at Robertson Barracks and met at Parliament House.",
			typ: attache.Location, name: "Robertson Barracks", notTyp: attache.Person, notName: "Robertson Barracks"},
		{text: "Medals were awarded at the UN House in Juba.",
			typ: attache.Location, name: "UN House", notTyp: attache.Organization, notName: "UN"},
	})
}
