package extract

import (
	"slices"
	"testing"

	"attache"
)

// TestDemonymOrgForms checks that a body named with its state's demonym
// also goes by its name without it, unless that name is made of common
// words that many states' bodies bear.
func TestDemonymOrgForms(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct {
		text, name, alias string
		want              bool
	}{
		{"Japanese Ground Self-Defense Force engineers will train the troops.", "Japanese Ground Self-Defense Force", "Ground Self-Defense Force", true},
		{"The Thai Royal Marine Corps hosted the drill in Sattahip.", "Thai Royal Marine Corps", "Royal Marine Corps", true},
		{"The Brazilian Defence Ministry said the talks went well.", "Brazilian Defence Ministry", "Defence Ministry", false},
	}
	for _, c := range cases {
		got := x.Extract("t", c.text, "")
		e := find(got, attache.Organization, c.name)
		if e == nil {
			t.Errorf("%q: no organisation %q in %v", c.text, c.name, names(got))
			continue
		}
		if slices.Contains(e.Aliases, c.alias) != c.want {
			t.Errorf("%q: alias %q present = %v, want %v (aliases %v)", c.text, c.alias, !c.want, c.want, e.Aliases)
		}
	}
}
