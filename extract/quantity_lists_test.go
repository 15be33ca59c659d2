package extract

import (
	"testing"

	"attache"
)

// TestCompoundAndListedCounts covers counts written as compounds ("the
// 58-member team"), inside lists ("including 412 from ..."), opening a
// sentence, and of two nouns of one kind.
func TestCompoundAndListedCounts(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		text string
		want []attache.Quantity
	}{
		{"The 46-member engineering team left Dhaka for Juba on Sunday.", []attache.Quantity{{Value: 46, Unit: "members"}}},
		{"A 27-member advance party flew out ahead of the main body.", []attache.Quantity{{Value: 27, Unit: "members"}}},
		{"About 750 troops, including 320 from Ghana and 180 from Nepal, joined the force.",
			[]attache.Quantity{{Value: 750, Unit: "troops"}, {Value: 320, Unit: "troops"}, {Value: 180, Unit: "troops"}}},
		{"The mission began in May. 115 members of the signals company arrived first.", []attache.Quantity{{Value: 115, Unit: "members"}}},
		{"The fair gathers 900 exhibitors showing over 300 products and systems.",
			[]attache.Quantity{{Value: 900, Unit: "exhibitors"}, {Value: 300, Unit: "products and systems"}}},
		// modifiers joined by "and"
		{"The drill involved 650 RMN and RSN personnel.", []attache.Quantity{{Value: 650, Unit: "RMN and RSN personnel"}}},
		{"They made 140 long-range and short-range patrols.", []attache.Quantity{{Value: 140, Unit: "long-range and short-range patrols"}}},
		// a person noun qualifying another
		{"The unit includes 24 women peacekeepers and 11 senior officials.", []attache.Quantity{{Value: 24, Unit: "women peacekeepers"}, {Value: 11, Unit: "senior officials"}}},
		// a count with a thousands separator that looks like a year
		{"More than 2,000 servicemen and 1,900 sailors joined.", []attache.Quantity{{Value: 2000, Unit: "servicemen"}, {Value: 1900, Unit: "sailors"}}},
		// people counted by nationality, lists of nouns, names holding a
		// number word, parties referred back to
		{"About 640 Laotians and 320 Chinese joined, with 90 Chinese military personnel.",
			[]attache.Quantity{{Value: 640, Unit: "Laotians"}, {Value: 320, Unit: "Chinese"}, {Value: 90, Unit: "Chinese military personnel"}}},
		{"It gathered 70 countries, regions and international organizations and 12 officials and industry representatives.",
			[]attache.Quantity{{Value: 70, Unit: "countries, regions and international organizations"}, {Value: 12, Unit: "officials and industry representatives"}}},
		{"They signed 9 contracts and memorandums of understanding.", []attache.Quantity{{Value: 9, Unit: "contracts and memorandums of understanding"}}},
		{"The Five Power Defence Arrangements partners met, and the two armed forces agreed.", nil},
		// part of a group, and the rest of a group
		{"Four of the units stayed behind, and 15 others flew home.", []attache.Quantity{{Value: 4, Unit: "units"}, {Value: 15, Unit: "others"}}},
		{"Two of the three ships left.", []attache.Quantity{{Value: 3, Unit: "ships"}}},
		// not counts: a list of years, a decimal, a numbered unit after "No."
		{"The talks were held in 2019, 2021 and 2023 from the capital.", nil},
		{"Growth reached 2.5 from a low base; Unit No. 4 from the north left.", nil},
		{"Ten years later, 12 from the first class had retired.", nil},
	}
	for _, tt := range tests {
		checkQuantities(t, x, tt.text, tt.want)
	}
}
