package extract

import (
	"testing"

	"attache"
)

// TestContingentAndFleetCounts covers the counts of peacekeeping and
// exercise reports past the plain "N peacekeepers": a compound whose
// singular noun has an irregular plural ("a 184-strong engineering
// company", "a 90-strong air defence battery"), ships and aircraft named by
// a model code ("12 FA-50 light attack jets", "four Mi-17 helicopters"),
// and nouns such as convoys, craft, workshops, echelons and batches.
func TestContingentAndFleetCounts(t *testing.T) {
	x := mustExtractor(t)
	q := func(v int, unit string) attache.Quantity { return attache.Quantity{Value: v, Unit: unit} }
	tests := []struct {
		text string
		want []attache.Quantity
	}{
		// "-strong" before a singular noun whose plural is not "+s"
		{"The battalion includes a 184-strong engineering company.", []attache.Quantity{q(184, "engineering company")}},
		{"A 90-strong air defence battery joined the drill.", []attache.Quantity{q(90, "air defence battery")}},
		{"Kenya sent a 250-strong contingent to Haiti.", []attache.Quantity{q(250, "contingent")}},
		// a model code inside the counted phrase
		{"Manila ordered 12 FA-50 light attack jets from Seoul.", []attache.Quantity{q(12, "FA-50 light attack jets")}},
		{"The exercise involved four Mi-17 helicopters and 600 troops.", []attache.Quantity{q(4, "Mi-17 helicopters"), q(600, "troops")}},
		{"Two C-130 aircraft carried the team.", []attache.Quantity{q(2, "C-130 aircraft")}},
		// nouns of convoys, boats and parts of a rotation
		{"The unit escorted more than 300 humanitarian convoys during its tour.", []attache.Quantity{q(300, "humanitarian convoys")}},
		{"Six fast attack craft and two landing ships supported the landing.", []attache.Quantity{q(6, "fast attack craft"), q(2, "landing ships")}},
		{"He inaugurated two new workshops at the shipyard.", []attache.Quantity{q(2, "new workshops")}},
		{"The battalion will return in two echelons.", []attache.Quantity{q(2, "echelons")}},
		{"The troops left in three batches.", []attache.Quantity{q(3, "batches")}},
		// a number after a code is no count of its own
		{"The Su-30 fighters flew past.", nil},
	}
	for _, tt := range tests {
		checkQuantities(t, x, tt.text, tt.want)
	}
}
