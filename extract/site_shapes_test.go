package extract

import (
	"testing"

	"attache"
)

// TestSiteShapes covers places named as a training area ("Five Hills
// Training Area"), a numbered pier ("Pier 15") and a site "of" what it
// honours or serves ("Tomb of the Unknown Soldier", "Port of Tokyo").
func TestSiteShapes(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The drill opened at the Red Hills Training Area on Monday.",
			typ: attache.Location, name: "Red Hills Training Area"},
		{text: "The frigate berthed at Pier 15 in Manila on Tuesday.",
			typ: attache.Location, name: "Pier 15"},
		{text: "The minister laid a wreath at the Tomb of the Unknown Soldier in Moscow.",
			typ: attache.Location, name: "Tomb of the Unknown Soldier"},
		{text: "The carrier arrived at the Port of Tokyo on Friday.",
			typ: attache.Location, name: "Port of Tokyo"},
		{text: "Wreaths were laid at the Lao National Monument to Heroes in Vientiane.",
			typ: attache.Location, name: "Lao National Monument to Heroes"},
		// "to" a known place is where one goes
		{text: "The troops flew from El Palomar Air Base to Larnaca on Monday.",
			notTyp: attache.Location, notName: "El Palomar Air Base to Larnaca"},
		// a body named after the site is no place
		{text: "The Port of Klang Authority signed the deal.",
			notTyp: attache.Location, notName: "Port of Klang Authority"},
	})
}

// TestSiteOfTheAtTextEnd checks a place word "of the" that ends the text
// ("the State of the"): the look at the word after "the" must stop at the
// end (a truncated sentence panicked with the index out of range).
func TestSiteOfTheAtTextEnd(t *testing.T) {
	x := mustExtractor(t)
	for _, s := range []string{"A State of the", "Head of State of the", "He met the State of the", "The minister visited the Museum of the", "They sailed into the Sea of the"} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: %v", s, r)
				}
			}()
			x.Extract("t", s, "")
		}()
	}
}
