package extract

import (
	"reflect"
	"testing"

	"attache"
)

// TestPairsAndNamesInCounts covers "the two X" and "our two X", which
// refer back to a pair already told whatever the noun; counts whose noun
// is qualified by a name holding a countable word ("eight United Nations
// peacekeeping missions") or its acronym; and a list after a colon.
func TestPairsAndNamesInCounts(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		text string
		want []attache.Quantity
	}{
		{"The rotation of the two battalions ends in May.", nil},
		{"He praised our two navies for their work.", nil},
		{"During the talks, the two sides reviewed joint training programmes.", nil},
		{"Its two missions in Africa employ 300 troops.", []attache.Quantity{{Value: 2, Unit: "missions"}, {Value: 300, Unit: "troops"}}},
		{"Ghana has 900 personnel serving in six United Nations peacekeeping missions.",
			[]attache.Quantity{{Value: 900, Unit: "personnel"}, {Value: 6, Unit: "United Nations peacekeeping missions"}}},
		// a name's acronym inside the counted phrase; a list after a colon
		{"A contingent of 142 Royal Fiji Military Forces (RFMF) personnel returned.",
			[]attache.Quantity{{Value: 142, Unit: "Royal Fiji Military Forces (RFMF) personnel"}}},
		{"The drill involves 152 soldiers: 76 from the Indian Army and 76 from the Royal Thai Army.",
			[]attache.Quantity{{Value: 152, Unit: "soldiers"}, {Value: 76, Unit: "soldiers"}, {Value: 76, Unit: "soldiers"}}},
	}
	for _, tt := range tests {
		got := x.Extract("t", tt.text, "").Quantities
		var units []attache.Quantity
		for _, q := range got {
			units = append(units, attache.Quantity{Value: q.Value, Unit: q.Unit})
		}
		if !reflect.DeepEqual(units, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, units, tt.want)
		}
	}
}
