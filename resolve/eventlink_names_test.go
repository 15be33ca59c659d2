package resolve_test

import (
	"testing"

	"attache"
	"attache/resolve"
)

// TestEventLinkNamePieces: a report whose extractor kept only pieces of a
// person's name ("Gilberto" and "Teodoro Jr." from a name with a quoted
// nickname) is the meeting of the same day and place that another report
// gives with the full name; a report naming another person of another
// family, or one word of the name alone, is a second meeting of the
// visitor that day.
func TestEventLinkNamePieces(t *testing.T) {
	k := defaultKB(t)
	as := []*attache.Article{
		article("p1", "2025-08-07", []attache.Entity{personOf("Teodoro Jr.", "AU"), personOf("Richard Marles", "AU"), personOf("Gilberto", "AU")}, []attache.Event{
			{Type: "meeting", Date: "2025-08-07", Place: "Canberra", Participants: []string{"Teodoro Jr.", "Richard Marles", "Gilberto"}, Salience: "main"},
		}),
		article("p2", "2025-08-08", []attache.Entity{personOf("Richard Marles", "AU"), personOf("Gilberto C. Teodoro Jr.", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2025-08-07", Place: "Parliament House", Participants: []string{"Richard Marles", "Gilberto C. Teodoro Jr."}, Salience: "main"},
		}),
		// The same visitor with the prime minister that day.
		article("p3", "2025-08-07", []attache.Entity{personOf("Anthony Albanese", "AU"), personOf("Teodoro", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2025-08-07", Place: "Canberra", Participants: []string{"Anthony Albanese", "Teodoro"}, Salience: "main"},
		}),
		// The visitor with a one-word "Gilberto" that day: one word of a
		// name is not enough (a family name is shared by many).
		article("p5", "2025-08-08", []attache.Entity{personOf("Richard Marles", "AU"), personOf("Gilberto", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2025-08-07", Place: "Canberra", Participants: []string{"Richard Marles", "Gilberto"}, Salience: "main"},
		}),
		// Another Marles on that day: a one-word name of another family.
		article("p4", "2025-08-08", []attache.Entity{personOf("Richard Marles", "AU"), personOf("Nakatani", "JP")}, []attache.Event{
			{Type: "meeting", Date: "2025-08-07", Place: "Canberra", Participants: []string{"Richard Marles", "Nakatani"}, Salience: "main"},
		}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("p1#0", "p2#0", true)
	same("p3#0", "p1#0", false)
	same("p4#0", "p2#0", false)
	same("p5#0", "p2#0", false)
}
