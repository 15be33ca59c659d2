package extract

import (
	"testing"

	"attache"
)

// TestStylesAndCorpsMarks covers a ruler's style written as part of the
// name ("Sultan Ibrahim", "Sheikh Tamim bin Hamad Al Thani"), kept as one
// more form of the person, and a corps mark between rank and name
// ("Lieutenant Colonel (Inf) X").
func TestStylesAndCorpsMarks(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, form string }{
		{"The decree was signed by Sultan Ibrahim on Monday.", "Sultan Ibrahim"},
		{"He met the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in Doha.", "Sheikh Tamim bin Hamad Al Thani"},
		{"He spoke by phone with Crown Prince Salman bin Hamad Al Khalifa.", "Crown Prince Salman bin Hamad Al Khalifa"},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		found := false
		for _, e := range got.Entities {
			if e.Type != attache.Person {
				continue
			}
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				found = found || a == tt.form
			}
		}
		if !found {
			t.Errorf("%q: no person with form %q in %v", tt.text, tt.form, names(got))
		}
	}
	runPersonCases(t, []personCase{
		{text: "JAKARTA -- The contingent is commanded by Lieutenant Colonel (Inf) Budi Santoso.",
			name: "Budi Santoso", rank: "Lieutenant Colonel", country: "ID"},
	})
}
