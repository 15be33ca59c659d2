package extract

import (
	"testing"

	"attache"
)

// TestCountShapes covers counts in the shapes agencies write them: after a
// dateline ("SEOUL, May 2 (Yonhap) -- About 280 troops", "Manila (dpa) -
// Two German Navy ships"), in words past a hundred ("Eight hundred and
// fifty officers"), a pair sharing one noun ("9,000 American and 5,000
// Filipino service members"), parts of a list hung on the count of people
// ("1,181 troops of three contingents, including 812 from ..."), and parts
// told by what their members are ("160 of the participants are women").
func TestCountShapes(t *testing.T) {
	x := mustExtractor(t)
	q := func(v int, unit string) attache.Quantity { return attache.Quantity{Value: v, Unit: unit} }
	tests := []struct {
		text string
		want []attache.Quantity
	}{
		// after a dateline
		{"SEOUL, May 2 (Yonhap) -- About 280 troops of the unit left for Juba on Monday.", []attache.Quantity{q(280, "troops")}},
		{"KIGALI – Nearly 300 soldiers flew home on Friday.", []attache.Quantity{q(300, "soldiers")}},
		{"Manila (dpa) - Two German Navy ships arrived in Manila on Monday.", []attache.Quantity{q(2, "German Navy ships")}},
		{"SUVA – Three frigates docked at the port.", []attache.Quantity{q(3, "frigates")}},
		// a hyphen touching a number still names a unit
		{"The Level-2 hospital left.", nil},
		// in words past a hundred
		{"Eight hundred and fifty officers, men and women of the battalion received medals.", []attache.Quantity{q(850, "officers, men and women")}},
		{"One hundred and fifty peacekeepers left Kigali.", []attache.Quantity{q(150, "peacekeepers")}},
		{"They sent two hundred twenty-five soldiers and thirty-one nurses.", []attache.Quantity{q(225, "soldiers"), q(31, "nurses")}},
		{"One of the officers spoke.", nil},
		// a pair of counts sharing one noun
		{"The drill involved about 9,000 American and 5,000 Filipino service members.", []attache.Quantity{q(9000, "American service members"), q(5000, "Filipino service members")}},
		{"The team of 85 American and 120 Vietnamese specialists searched the site.", []attache.Quantity{q(85, "American specialists"), q(120, "Vietnamese specialists")}},
		{"The package comprises 22 single-seat and four twin-seat aircraft.", []attache.Quantity{q(22, "single-seat aircraft"), q(4, "twin-seat aircraft")}},
		{"About 640 Laotians and 320 Chinese joined.", []attache.Quantity{q(640, "Laotians"), q(320, "Chinese")}},
		// parts of a list hang on the count of people
		{"The rotation involves 1,181 troops of three contingents, including 812 from an infantry battalion and 369 from a signal company.",
			[]attache.Quantity{q(1181, "troops"), q(3, "contingents"), q(812, "troops"), q(369, "troops")}},
		// parts told by what their members are, or of "its" group
		{"About 160 of the participants are women.", []attache.Quantity{q(160, "women")}},
		{"Thirty-one of its members are women.", []attache.Quantity{q(31, "women")}},
		{"The country has deployed 1,100 personnel, about 100 of them women.", []attache.Quantity{q(1100, "personnel"), q(100, "women")}},
		{"The first group of 300 of its soldiers will fly home.", []attache.Quantity{q(300, "soldiers")}},
		{"Two of the three ships left.", []attache.Quantity{q(3, "ships")}},
		// nouns of the lexicon a count may end with
		{"They manned 22 positions and treated 6,500 patients, 1,500 residents and 150 guests.",
			[]attache.Quantity{q(22, "positions"), q(6500, "patients"), q(1500, "residents"), q(150, "guests")}},
	}
	for _, tt := range tests {
		checkQuantities(t, x, tt.text, tt.want)
	}
}
