package extract

import (
	"testing"

	"attache"
)

// TestRangesAndLeadNouns covers counts stated as a range (one quantity,
// the lower bound, per testdata/reports/README.md), counts whose noun
// comes before them ("of the 900 troops, 300 ...", "personnel numbering
// 450"), a partitive phrase that stops where the next count of a list
// begins, and compound nouns ending in a second noun.
func TestRangesAndLeadNouns(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		text string
		want []attache.Quantity
	}{
		// ranges: "between N and M", "N to M", in figures and in words
		{"The drill brings together between 400 and 500 soldiers from five states.",
			[]attache.Quantity{{Value: 400, Unit: "soldiers"}, {Value: 5, Unit: "states"}}},
		{"Some 1,200 to 1,500 troops will take part in the manoeuvres.", []attache.Quantity{{Value: 1200, Unit: "troops"}}},
		{"The navy will send two to three frigates to the gulf.", []attache.Quantity{{Value: 2, Unit: "frigates"}}},
		// a change is no range: the count it reaches is the count
		{"The force grew from 300 to 450 peacekeepers last year.", []attache.Quantity{{Value: 450, Unit: "peacekeepers"}}},
		// the noun told first
		{"Of the 900 troops, 300 come from the host nation.", []attache.Quantity{{Value: 900, Unit: "troops"}, {Value: 300, Unit: "troops"}}},
		{"Of the 2,300 personnel taking part, about 1,100 are from the army.", []attache.Quantity{{Value: 2300, Unit: "personnel"}, {Value: 1100, Unit: "personnel"}}},
		{"Of the 150, 40 are women.", []attache.Quantity{{Value: 40, Unit: "women"}}},
		{"Personnel numbering about 450 will join the drill.", []attache.Quantity{{Value: 450, Unit: "Personnel"}}},
		{"A contingent of sailors totalling 320 arrived in port.", []attache.Quantity{{Value: 320, Unit: "sailors"}}},
		// a part or a former figure that takes the noun of the count before it
		{"They toured the 12 border sites, five of which opened this year.",
			[]attache.Quantity{{Value: 12, Unit: "border sites"}, {Value: 5, Unit: "border sites"}}},
		{"The navy made 85 patrols this year, up from 60 last year.",
			[]attache.Quantity{{Value: 85, Unit: "patrols"}, {Value: 60, Unit: "patrols"}}},
		{"Some 300 engineers serve there, down from 410 in 2024.",
			[]attache.Quantity{{Value: 300, Unit: "engineers"}, {Value: 410, Unit: "engineers"}}},
		{"Of the ships, three of which are new, none left.", nil},
		// a name with "of" or a modifier joined by "and" before the noun
		{"A team of 60 Republic of Korea Navy sailors joined.", []attache.Quantity{{Value: 60, Unit: "Republic of Korea Navy sailors"}}},
		{"It has sent 9,000 troops to 12 UN and regional missions.",
			[]attache.Quantity{{Value: 9000, Unit: "troops"}, {Value: 12, Unit: "UN and regional missions"}}},
		{"The drill gathers 2,200 local and NATO troops.", []attache.Quantity{{Value: 2200, Unit: "local and NATO troops"}}},
		{"The forum drew 70 local and foreign journalists and 25 Asian and European delegations.",
			[]attache.Quantity{{Value: 70, Unit: "local and foreign journalists"}, {Value: 25, Unit: "Asian and European delegations"}}},
		{"Some 300 arrived and the 40 trucks followed.", []attache.Quantity{{Value: 40, Unit: "trucks"}}},
		{"The armies hold over 40 joint exercises and training courses a year.",
			[]attache.Quantity{{Value: 40, Unit: "joint exercises and training courses"}}},
		// compounds of a count and a noun of people
		{"A six-man assessment team flew in first.", []attache.Quantity{{Value: 6, Unit: "men"}}},
		{"The mission has a 125-person response unit and a 40-member staff.",
			[]attache.Quantity{{Value: 125, Unit: "persons"}, {Value: 40, Unit: "members"}}},
		{"A four-woman crew flew the aircraft.", []attache.Quantity{{Value: 4, Unit: "women"}}},
		// people counted by what they are
		{"The training ship carries 180 midshipmen and 60 seamen.",
			[]attache.Quantity{{Value: 180, Unit: "midshipmen"}, {Value: 60, Unit: "seamen"}}},
		{"Some 500 paratroopers and 120 commandos jumped over the bay.",
			[]attache.Quantity{{Value: 500, Unit: "paratroopers"}, {Value: 120, Unit: "commandos"}}},
		{"Two aircraft evacuated 250 nationals and 40 other passengers.",
			[]attache.Quantity{{Value: 2, Unit: "aircraft"}, {Value: 250, Unit: "nationals"}, {Value: 40, Unit: "other passengers"}}},
		// a partitive phrase ends where the next count begins
		{"It involves 90 items of hardware and about 12 helicopters.",
			[]attache.Quantity{{Value: 90, Unit: "items of hardware"}, {Value: 12, Unit: "helicopters"}}},
		{"The convoy carried 300 units of equipment and more than 40 trucks.",
			[]attache.Quantity{{Value: 300, Unit: "units of equipment"}, {Value: 40, Unit: "trucks"}}},
		// a noun of the lexicon qualifying a second one, and nouns of aid
		{"The unit takes 14 armoured personnel carriers and 600 tents.",
			[]attache.Quantity{{Value: 14, Unit: "armoured personnel carriers"}, {Value: 600, Unit: "tents"}}},
		{"The planes carried 3,000 blankets and 25 water purification machines.",
			[]attache.Quantity{{Value: 3000, Unit: "blankets"}, {Value: 25, Unit: "water purification machines"}}},
	}
	for _, tt := range tests {
		checkQuantities(t, x, tt.text, tt.want)
	}
}
