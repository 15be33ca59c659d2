package extract

import (
	"testing"

	"attache"
)

// TestGenericBackReferences checks that a body named again by a generic
// name ("the Security Council", "the Defence Forces") is the one body
// named in full before it, and stays apart when two bodies could be meant.
func TestGenericBackReferences(t *testing.T) {
	x := mustExtractor(t)
	orgs := func(s string) []string {
		var out []string
		for _, e := range x.Extract("t", s, "").Entities {
			if e.Type == attache.Organization {
				out = append(out, e.Name)
			}
		}
		return out
	}
	cases := []struct {
		text string
		want int
	}{
		{"Secretary of the Security Council of the Republic of Belarus Pavel Markevich met the envoy, the Security Council's press service said.", 1},
		{"The Zambia Defence Forces flagged off the troops. Vice Chief of the Defence Forces Lieutenant General Peter Banda presided.", 1},
		{"Officials of the Security Council of Belarus met officials of the Security Council of Russia in Minsk, the Security Council said.", 3},
	}
	for _, tt := range cases {
		if got := orgs(tt.text); len(got) != tt.want {
			t.Errorf("%q: organisations %v, want %d", tt.text, got, tt.want)
		}
	}
}

// TestSentenceStartForms checks that a body whose name lost its first
// word at a headline's start is the body named in full in the text.
func TestSentenceStartForms(t *testing.T) {
	x := mustExtractor(t)
	got := x.Extract("t", "Engineering Company Rotation 2 ready for mission in Abyei\n\nThe ministry sent Engineering Company Rotation 2 to Abyei on Friday.", "")
	var orgs []string
	for _, e := range got.Entities {
		if e.Type == attache.Organization {
			orgs = append(orgs, e.Name)
		}
	}
	for _, o := range orgs {
		if o == "Company Rotation 2" {
			t.Errorf("headline form kept apart: organisations %v", orgs)
		}
	}
	if find(got, attache.Organization, "Engineering Company Rotation 2") == nil {
		t.Errorf("no Engineering Company Rotation 2 in %v", orgs)
	}
}
