package extract

import (
	"reflect"
	"testing"

	"attache"
)

// TestPairsAndNamesInCounts covers "the two X" and "our two X", which
// refer back to a pair already told whatever the noun, and counts whose
// noun is qualified by a name holding a countable word ("eight United
// Nations peacekeeping missions").
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
