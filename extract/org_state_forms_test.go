package extract

import (
	"testing"

	"attache"
)

// TestOrgStateForms covers a body's name written with its state right
// before it, which is also a form of the name ("the US Defense POW/MIA
// Accounting Agency", "the Brazilian Ministry of Defence"), one body
// named with the state's name and with its demonym, and a count in words
// that opens no name ("Two German Navy ships").
func TestOrgStateForms(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, form string }{
		{"Remains were handed to the US Defense POW/MIA Accounting Agency on Monday.", "US Defense POW/MIA Accounting Agency"},
		{"The deal links the Vietnamese Ministry of National Defence and the Brazilian Ministry of Defence.", "Brazilian Ministry of Defence"},
		{"Mongolian officers will study at the Korea National Defense University next year.", "Korea National Defense University"},
		// an organ named with its body keeps its own name as a form
		{"He is Deputy Director of the Department of Foreign Affairs of the Ministry of National Defence.", "Department of Foreign Affairs"},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		found := false
		for _, e := range got.Entities {
			if e.Type != attache.Organization {
				continue
			}
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				found = found || a == tt.form
			}
		}
		if !found {
			t.Errorf("%q: no organisation with form %q in %v", tt.text, tt.form, names(got))
		}
	}
	// the state's name and its demonym make one body
	got := x.Extract("t", "A delegation of the Vietnam Border Guard arrived. The Vietnamese Border Guard will host talks next year.", "")
	n := 0
	for _, e := range got.Entities {
		if e.Type == attache.Organization {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Vietnam/Vietnamese Border Guard: %d organisations, want 1: %v", n, names(got))
	}
	runEntityCases(t, []entityCase{
		{text: "Manila (dpa) - Two German Navy ships arrived on Monday.",
			typ: attache.Organization, name: "German Navy", notTyp: attache.Organization, notName: "Two German Navy"},
	})
}
