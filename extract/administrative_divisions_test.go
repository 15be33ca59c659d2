package extract

import (
	"testing"

	"attache"
)

// TestAdministrativeDivisions covers the divisions states name their
// regions by, after a name the gazetteer does not know ("Jahra
// Governorate", "Rivers State", "Kostanay Oblast", "Harghita County",
// "Temburong district") or after a known city, whose region is another
// place ("Tashkent region" is not Tashkent), while a known region's
// province is the region itself and a state's formal name is the state.
func TestAdministrativeDivisions(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The guest toured an air base in Jahra Governorate on Tuesday.",
			typ: attache.Location, name: "Jahra Governorate"},
		{text: "He will tour the shipyard in Port Harcourt, Rivers State, on Wednesday.",
			typ: attache.Location, name: "Rivers State"},
		{text: "Cadets train at a college in Sapele, Delta State.",
			typ: attache.Location, name: "Delta State"},
		{text: "The brigade held a drill in Kostanay Oblast last week.",
			typ: attache.Location, name: "Kostanay Oblast"},
		{text: "The squadron is based in Harghita County.",
			typ: attache.Location, name: "Harghita County"},
		{text: "The exercise took place in Temburong district from Monday.",
			typ: attache.Location, name: "Temburong district"},
		{text: "Troops of the Nigerian Army trained in Jaji, Kaduna State, for six weeks.",
			typ: attache.Location, name: "Kaduna State", notTyp: attache.Location, notName: "Kaduna"},
		{text: "The delegation met in Tashkent and then visited a tank school in Tashkent region.",
			typ: attache.Location, name: "Tashkent region"},
		{text: "The delegation met in Tashkent and then visited a tank school in Tashkent region.",
			typ: attache.Location, name: "Tashkent"},
		{text: "The committee met in Svay Rieng province on Friday.",
			typ: attache.Location, name: "Svay Rieng"},
		{text: "The Ambassador of Italy to the State of Qatar attended the meeting.",
			typ: attache.Country, name: "QA", notTyp: attache.Location, notName: "State of Qatar"},
	})
}
