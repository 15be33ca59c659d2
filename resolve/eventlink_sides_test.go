package resolve_test

import (
	"testing"

	"attache"
	"attache/resolve"
)

// official is a person with a post, whose country one report settles.
func official(name, country string) attache.Entity {
	return person(name, nil, "", country, []string{"Minister"}, nil)
}

// TestEventLinkHostAndGuestSides: the host's agency and the guest's agency
// report one happening. The host written in his own name order ("Nakatani
// Gen") and read as one word by one extractor is the other's "Gen
// Nakatani", not a second host; a visitor's second host that day, named
// in full, stays a second meeting.
func TestEventLinkHostAndGuestSides(t *testing.T) {
	k := defaultKB(t)
	teodoro := official("Gilberto Teodoro", "PH")
	as := []*attache.Article{
		article("h1", "2025-02-24", []attache.Entity{official("Nakatani", "JP"), teodoro}, []attache.Event{
			{Type: "meeting", Date: "2025-02-24", Place: "Tokyo", Participants: []string{"Nakatani", "Gilberto Teodoro"}, Salience: "main"},
		}),
		article("g1", "2025-02-25", []attache.Entity{teodoro, official("Gen Nakatani", "JP")}, []attache.Event{
			{Type: "meeting", Date: "2025-02-24", Place: "Japan", Participants: []string{"Gilberto Teodoro", "Gen Nakatani"}, Salience: "main"},
		}),
		// The same visitor received by the prime minister that day.
		article("p1", "2025-02-24", []attache.Entity{official("Shigeru Ishiba", "JP"), teodoro}, []attache.Event{
			{Type: "meeting", Date: "2025-02-24", Place: "Tokyo", Participants: []string{"Shigeru Ishiba", "Gilberto Teodoro"}, Salience: "main"},
		}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("h1#0", "g1#0", true)
	same("p1#0", "g1#0", false)
	same("p1#0", "h1#0", false)
}

// TestEventLinkCountryPlacedTalks: a report naming no person ("the
// defence ministers of the two countries held talks in Malaysia") joins
// the talks of that day in a city of that country that name the persons,
// when they are the only such talks; with two that day (talks with the
// minister and a call on the prime minister) it joins neither, and a
// ceremony placed by its country stays apart from one in a city.
func TestEventLinkCountryPlacedTalks(t *testing.T) {
	k := defaultKB(t)
	khaled, sjafrie := official("Mohamed Khaled Nordin", "MY"), official("Sjafrie Sjamsoeddin", "ID")
	anwar := official("Anwar Ibrahim", "MY")
	as := []*attache.Article{
		article("a1", "2025-07-15", []attache.Entity{khaled, sjafrie}, []attache.Event{
			{Type: "meeting", Date: "2025-07-15", Place: "Kuala Lumpur", Participants: []string{"Mohamed Khaled Nordin", "Sjafrie Sjamsoeddin"}, Salience: "main"},
		}),
		article("a2", "2025-07-16", nil, []attache.Event{
			{Type: "meeting", Date: "2025-07-15", Place: "Malaysia", Participants: []string{"MY", "ID"}, Salience: "main"},
		}),
		// Two meetings of the visitor in Kuala Lumpur on August 4.
		article("b1", "2025-08-04", []attache.Entity{khaled, sjafrie}, []attache.Event{
			{Type: "meeting", Date: "2025-08-04", Place: "Kuala Lumpur", Participants: []string{"Mohamed Khaled Nordin", "Sjafrie Sjamsoeddin"}, Salience: "main"},
		}),
		article("b2", "2025-08-04", []attache.Entity{anwar, sjafrie}, []attache.Event{
			{Type: "meeting", Date: "2025-08-04", Place: "Putrajaya", Participants: []string{"Anwar Ibrahim", "Sjafrie Sjamsoeddin"}, Salience: "main"},
		}),
		article("b3", "2025-08-05", nil, []attache.Event{
			{Type: "meeting", Date: "2025-08-04", Place: "Malaysia", Participants: []string{"MY", "ID"}, Salience: "main"},
		}),
		// Ceremonies of the two countries, one in a city and one placed
		// by its country, on one day.
		article("c1", "2025-09-01", []attache.Entity{khaled, sjafrie}, []attache.Event{
			{Type: "ceremony", Date: "2025-09-01", Place: "Kuala Lumpur", Participants: []string{"Mohamed Khaled Nordin", "Sjafrie Sjamsoeddin"}, Salience: "main"},
		}),
		article("c2", "2025-09-01", nil, []attache.Event{
			{Type: "ceremony", Date: "2025-09-01", Place: "Malaysia", Participants: []string{"MY", "ID"}, Salience: "main"},
		}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("a2#0", "a1#0", true)
	same("b3#0", "b1#0", false)
	same("b3#0", "b2#0", false)
	same("c2#0", "c1#0", false)
}
