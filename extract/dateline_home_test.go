package extract

import (
	"testing"

	"attache"
)

// TestDatelineHome checks that an official with no stated nationality
// serves the state of the dateline, even when the report names the other
// state's places more often.
func TestDatelineHome(t *testing.T) {
	x := mustExtractor(t)
	text := "THE HAGUE – Minister of Defence Pieter de Vries spoke by video on Thursday with Japan's Minister of Defense Ken Sato about a frigate visit to Japan.\n\n" +
		"The frigate will call at Yokosuka and Tokyo and train with Japanese ships off Kanto, the Dutch ministry said."
	got := x.Extract("t", text, "")
	p := find(got, attache.Person, "Pieter de Vries")
	if p == nil {
		t.Fatalf("no person Pieter de Vries in %v", names(got))
	}
	if p.Country != "NL" {
		t.Errorf("Pieter de Vries serves %q, want NL", p.Country)
	}
}
