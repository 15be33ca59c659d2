package events

import "testing"

// TestTypeCodes reads the codes of EXTRACTION.md's table from types.tsv.
func TestTypeCodes(t *testing.T) {
	c, err := TypeCodes()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Codes{
		"meeting":    {CAMEO: "040", PLOVER: "CONSULT"},
		"deployment": {CAMEO: "074", PLOVER: "AID", Context: "peacekeeping"},
		"exercise":   {CAMEO: "062", PLOVER: "COOPERATE", Context: "military"},
		"ceremony":   {},
	}
	for typ, w := range want {
		if got, ok := c[typ]; !ok || got != w {
			t.Errorf("%s: %+v (known %v), want %+v", typ, got, ok, w)
		}
	}
	if len(c) != 12 {
		t.Errorf("%d types, want the 12 of EXTRACTION.md", len(c))
	}
}
