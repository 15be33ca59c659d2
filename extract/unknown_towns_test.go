package extract

import (
	"testing"

	"attache"
)

// TestUnknownTowns covers towns the gazetteer does not know, read after
// "in", "near" or "the port of" where a clause ends or a known place
// follows, and the capitalised words after "in" that are no town.
func TestUnknownTowns(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Earlier in the day, the two generals held talks at the Army Command in Novi Sad.",
			typ: attache.Location, name: "Novi Sad"},
		{text: "Officers study at the engineering college in Sapele, Delta State.",
			typ: attache.Location, name: "Sapele"},
		{text: "The drill opened at a training area near Backa Palanka in the Autonomous Province of Vojvodina.",
			typ: attache.Location, name: "Backa Palanka"},
		{text: "They agreed to hold the next field exercise in Río Gallegos, in the south.",
			typ: attache.Location, name: "Río Gallegos"},
		{text: "The parade was held at the stadium in Embu on Saturday, the ministry said. It ended in Embu.",
			typ: attache.Location, name: "Embu"},
		// after "the port of", "the town of": a place word says a town follows
		{text: "The admiral led the opening ceremony at the port of Mariveles, attended by two foreign guests.",
			typ: attache.Location, name: "Mariveles"},
		{text: "The exercise is held near the town of Puerto Legizamo, the navy said.",
			typ: attache.Location, name: "Puerto Legizamo"},
		{text: "Troops will train in the district of Ikot Ekpene.",
			typ: attache.Location, name: "Ikot Ekpene"},
		{text: "The treaty of Westphalia is taught at the academy.",
			notTyp: attache.Location, notName: "Westphalia"},
		// no town: a month, a body, a language, a sentence's first word
		{text: "The talks will resume in March.",
			notTyp: attache.Location, notName: "March"},
		{text: "The bill was tabled in Parliament.",
			notTyp: attache.Location, notName: "Parliament"},
		{text: "Visiting Chinese State Councilor and Minister of National Defense General Wei Fenghe signed the agreement.",
			notTyp: attache.Location, notName: "Chinese State"},
		{text: "Officers of the two navies took part in the exercise, which is held in Malay and English.",
			notTyp: attache.Location, notName: "English"},
	})
}
