package extract

import (
	"testing"

	"attache"
)

// TestRanksOutsideTheSpecList checks that a rank missing from
// EXTRACTION.md's canonical list ("Senior General", "Army Corps General",
// the naval "Commander") is no part of the name and is recorded as no rank,
// while a rank of the list is recorded as itself.
func TestRanksOutsideTheSpecList(t *testing.T) {
	x := mustExtractor(t)
	for _, c := range []struct{ text, name, rank string }{
		{"Senior General Aung Min Thu received the visiting delegation in Nay Pyi Taw.", "Aung Min Thu", ""},
		{"Army Corps General Karim Belaid chaired the meeting in Algiers.", "Karim Belaid", ""},
		{"The patrol boat was commanded by Commander Daniel Mensah of the Ghana Navy.", "Daniel Mensah", ""},
		{"Rear Admiral Daniel Mensah received the visiting delegation in Accra.", "Daniel Mensah", "Rear Admiral"},
	} {
		found := false
		for _, e := range x.Extract("t", c.text, "").Entities {
			if e.Type == attache.Person && e.Name == c.name {
				found = true
				if e.Rank != c.rank {
					t.Errorf("%q: rank of %s = %q, want %q", c.text, c.name, e.Rank, c.rank)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %q", c.text, c.name)
		}
	}
}
