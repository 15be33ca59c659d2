package events

import (
	"testing"

	"attache"
	txt "attache/extract/text"
)

// TestSeatPlaceNestedCity checks that a city named inside a body's name
// ("in Hanoi Army Headquarters", the city filed before the body as it
// starts where the body does) is not read as a city named before the
// body: the text between them would run backwards and panic.
func TestSeatPlaceNestedCity(t *testing.T) {
	d := mustDetector(t)
	text := "General Jan Wrona was received in Hanoi Army Headquarters on Monday."
	x := build(text, []ent{person("Jan Wrona", "PL"), loc("Hanoi"), org("Hanoi Army Headquarters")})
	doc := d.newDoc(text, txt.Tokenize(text), "", x)
	seen := false
	for i, m := range doc.ments[0] {
		if m.e.Type != attache.Organization {
			continue
		}
		if i == 0 || doc.ments[0][i-1].e.Name != "Hanoi" {
			t.Fatalf("mentions %v: want the city filed right before the body", doc.ments[0])
		}
		seen = true
		// panicked before the fix; the body's seat is then the one
		// the story gives it otherwise
		if got, want := doc.seatPlace(0, i), doc.seatCity(m.e); got != want {
			t.Errorf("seatPlace = %v, want %v", got, want)
		}
	}
	if !seen {
		t.Fatal("no body mention")
	}
}
