package extract

import (
	"testing"

	"attache"
)

// TestPlaceWordsEndingNames checks that a one-word place name closing a
// personal name after a rank or post ("Colonel Fernando Augusto Lima") is
// the person's surname, not the city, while the same word after a
// preposition stays a place.
func TestPlaceWordsEndingNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The minister was accompanied by Colonel Fernando Augusto Lima, his military adviser.",
			typ: attache.Person, name: "Fernando Augusto Lima", notTyp: attache.Location, notName: "Lima"},
		{text: "The talks were attended by Admiral Jorge Ortiz Santiago.",
			typ: attache.Person, name: "Jorge Ortiz Santiago", notTyp: attache.Location, notName: "Santiago"},
		{text: "Ambassador Maria Victoria spoke after the signing.",
			typ: attache.Person, name: "Maria Victoria", notTyp: attache.Location, notName: "Victoria"},
		// no rank or post before the name: the city
		{text: "The delegation then flew to Lima, where it met the navy chief.",
			typ: attache.Location, name: "Lima"},
		{text: "General Pedro Ramos arrived in Santiago on Monday.",
			typ: attache.Location, name: "Santiago"},
	})
}
