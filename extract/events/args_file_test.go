package events

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestArgsFile checks the word lists of the argument rules: a user's rule
// folder without args.tsv takes the embedded one; a bad line is reported
// with its file and line.
func TestArgsFile(t *testing.T) {
	base := fstest.MapFS{
		TypesFile:         {Data: []byte("meeting\t040\tCONSULT\n")},
		AnniversariesFile: {Data: []byte("Victory Day\t1945\n")},
		TriggersFile:      {Data: []byte("meeting\theld talks\n")},
	}
	d, err := NewFrom(nil, base)
	if err != nil {
		t.Fatalf("without args.tsv: %v", err)
	}
	if !d.places.posted.has("attaché") || !d.places.seat.has("ministry") {
		t.Errorf("the embedded word lists were not taken: %+v", d.places.posted)
	}
	bad := fstest.MapFS{ArgsFile: {Data: []byte("# lists\nposted\tenvoy\nnowhere\tword\n")}}
	for k, v := range base {
		bad[k] = v
	}
	if _, err := NewFrom(nil, bad); err == nil || !strings.Contains(err.Error(), "args.tsv:3: unknown list") {
		t.Errorf("err = %v, want args.tsv:3: unknown list", err)
	}
}

// TestUNBodyOpenings checks the unbody list of args.tsv: a name that is
// an entry or starts with one and a space is a UN body's; a longer word
// that merely starts with the letters is not.
func TestUNBodyOpenings(t *testing.T) {
	d, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{
		"un emergency force":                    true,
		"united nations":                        true,
		"united nations interim security force": true,
		"unity brigade":                         false,
		"united states army":                    false,
		"the un mission":                        false,
	} {
		if got := d.places.unBody.opens(name); got != want {
			t.Errorf("opens(%q) = %v, want %v", name, got, want)
		}
	}
}
