package extract

import (
	"testing"

	"attache"
)

// TestOrgCoreNames checks that a body named in full once and later by
// the core of its name, without the pair of states or the complement,
// is one organisation.
func TestOrgCoreNames(t *testing.T) {
	cases := []struct{ text, full, core string }{
		{"The first meeting of the Oman-Jordan Joint Working Group on Military Cooperation was held in Muscat. The Joint Working Group was set up in 2023.",
			"Oman-Jordan Joint Working Group on Military Cooperation", "Joint Working Group"},
		{"The Laos-Cambodia Joint Border Commission for Demarcation met in Vientiane. The Joint Border Commission will meet again in June.",
			"Laos-Cambodia Joint Border Commission for Demarcation", "Joint Border Commission"},
	}
	x := mustExtractor(t)
	for _, c := range cases {
		got := x.Extract("t", c.text, "")
		e := find(got, attache.Organization, c.full)
		if e == nil {
			t.Errorf("%q: no organisation %q in %v", c.text, c.full, got.Entities)
			continue
		}
		if o := find(got, attache.Organization, c.core); o != e {
			t.Errorf("%q: the core %q stands apart from %q", c.text, c.core, c.full)
		}
	}
}
