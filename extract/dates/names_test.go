package dates

import "testing"

// TestDatesInsideNames checks that a day and month followed by a name noun
// are read as part of a proper name, while the same words with a year, or
// followed by an ordinary word, stay dates.
func TestDatesInsideNames(t *testing.T) {
	cases := []struct {
		text string
		want []string // the Value of every date found
	}{
		{"The ministers met at the August 1st Building in the capital.", nil},
		{"The parade passed along the 26th of July Avenue.", nil},
		{"Traffic was closed on the October 6 Bridge for the convoy.", nil},
		{"The ministers met on August 1st in the capital.", []string{"2025-08-01"}},
		{"The building opened on 26 July 2019.", []string{"2019-07-26"}},
	}
	for _, c := range cases {
		got := Find(c.text, "2025-09-10")
		var vals []string
		for _, d := range got {
			vals = append(vals, d.Value)
		}
		if len(vals) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.text, vals, c.want)
			continue
		}
		for i := range vals {
			if vals[i] != c.want[i] {
				t.Errorf("%q: got %v, want %v", c.text, vals, c.want)
			}
		}
	}
}
