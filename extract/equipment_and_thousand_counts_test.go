package extract

import (
	"testing"

	"attache"
)

// TestEquipmentAndThousandCounts covers two shapes of exercise reports
// from Russian, Belarusian and Central Asian agencies: counts in
// thousands ("more than 8 thousand servicemen", "1.5 thousand units") and
// partitive nouns whose "of" phrase names what is counted ("120 units of
// military equipment", "pieces of arms and special equipment").
func TestEquipmentAndThousandCounts(t *testing.T) {
	x := mustExtractor(t)
	q := func(v int, unit string) attache.Quantity { return attache.Quantity{Value: v, Unit: unit} }
	tests := []struct {
		text string
		want []attache.Quantity
	}{
		{"Drills involving more than 8 thousand servicemen and almost 1.5 thousand units of military equipment began on Monday.",
			[]attache.Quantity{q(8000, "servicemen"), q(1500, "units of military equipment")}},
		{"Some three thousand troops took part.", []attache.Quantity{q(3000, "troops")}},
		{"About 2.25 thousand reservists were called up.", []attache.Quantity{q(2250, "reservists")}},
		{"About 100 items of combat and special hardware will be used in the drill.", []attache.Quantity{q(100, "items of combat and special hardware")}},
		{"The exercise involves 600 servicemen and 1,500 pieces of arms and military equipment, including tanks.",
			[]attache.Quantity{q(600, "servicemen"), q(1500, "pieces of arms and military equipment")}},
		{"Each of the ten pairs of provinces along the border holds joint patrols.", []attache.Quantity{q(10, "pairs of provinces")}},
		// "of the" names a body, not what is counted
		{"Two units of the brigade took part.", []attache.Quantity{q(2, "units")}},
		// a decimal with no "thousand" is no count
		{"The budget rose 2.5 percent.", nil},
	}
	for _, tt := range tests {
		checkQuantities(t, x, tt.text, tt.want)
	}
}
