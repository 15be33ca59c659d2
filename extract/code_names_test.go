package extract

import (
	"testing"

	"attache"
)

// TestCodeNames covers the code names of exercises and operations, whose
// words may also be place names: such a word names no place.
func TestCodeNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Troops of five nations began Exercise Bersama Lima in Malaysia.",
			notTyp: attache.Location, notName: "Lima"},
		{text: "The Bersama Lima 2025 exercise ends on Friday.",
			notTyp: attache.Location, notName: "Lima"},
		{text: "The ships joined Operation Southern Lima off the coast.",
			notTyp: attache.Location, notName: "Lima"},
		// a place after a place or a function word is still a place
		{text: "In Lima exercises were held with the navy.",
			typ: attache.Location, name: "Lima"},
		{text: "Delegates flew from Santiago to Lima on Tuesday.",
			typ: attache.Location, name: "Lima"},
	})
}
