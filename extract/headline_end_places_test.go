package extract

import (
	"testing"

	"attache"
)

// TestHeadlineEndPlaces covers a headline without a full stop that ends
// in a town, over a dateline that names the same town in capitals and its
// region: the two lines name one town, not a place "Bentong BENTONG".
func TestHeadlineEndPlaces(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Army chief closes jungle exercise in Bentong\n\nBENTONG, Pahang, Nov 5 (Bernama) -- The exercise ended today.",
			typ: attache.Location, name: "Bentong", notTyp: attache.Location, notName: "Bentong\n\nBENTONG"},
		{text: "Navy opens training centre in Sekondi\n\nSEKONDI, Western Region, Aug 3 (GNA) – The centre opened on Monday.",
			typ: attache.Location, name: "Sekondi", notTyp: attache.Location, notName: "Sekondi\n\nSEKONDI"},
		{text: "Troops gather at Tarlac\n\nCAPAS, Tarlac, May 2 (PNA) -- The drill began on Friday.",
			notTyp: attache.Location, notName: "Tarlac\n\nCAPAS"},
	})
}
