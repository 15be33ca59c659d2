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
	kn := resolve.Build(k, as).Knowledge()
	ev, _ := eventsOf(kn)
	same := sameEvent(t, ev)
	same("h1#0", "g1#0", true)
	same("a1#0", "z1#0", true)
	for _, e := range kn.Events {
		if e.ID == ev["a1#0"] && e.Date != "2025-07-08" {
			t.Errorf("talks filed under the next day's dateline: date %s, want the told day 2025-07-08", e.Date)
		}
	}
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
		// Read with one country as its party ("the defence ministers of
		// Indonesia and Malaysia held talks in Malaysia").
		article("o1", "2025-10-20", []attache.Entity{khaled, sjafrie}, []attache.Event{
			{Type: "meeting", Date: "2025-10-20", Place: "Kuala Lumpur", Participants: []string{"Mohamed Khaled Nordin", "Sjafrie Sjamsoeddin"}, Salience: "main"},
		}),
		article("o2", "2025-10-21", nil, []attache.Event{
			{Type: "meeting", Date: "2025-10-20", Place: "Malaysia", Participants: []string{"ID"}, Salience: "main"},
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
	same("o2#0", "o1#0", true)
	same("b3#0", "b1#0", false)
	same("b3#0", "b2#0", false)
	same("c2#0", "c1#0", false)
}

// TestEventLinkDatelineDay: the host's agency files the evening's talks
// the next morning under its dateline, with no day in the sentence ("HANOI,
// June 13 (VNA) — General Giang received ..."); the guest's agency dates
// them June 12. They are one meeting. What stays apart: a report that
// states the later day, one that tells the contact as another ("met
// again"), one in another city, and a dateline-dated report of the day
// before the other.
func TestEventLinkDatelineDay(t *testing.T) {
	k := defaultKB(t)
	giang, phumtham := official("Phan Van Giang", "VN"), official("Phumtham Wechayachai", "TH")
	pair := []string{"Phan Van Giang", "Phumtham Wechayachai"}
	meet := func(id, published, date, place, evidence string) *attache.Article {
		return article(id, published, []attache.Entity{giang, phumtham}, []attache.Event{
			{Type: "meeting", Date: date, Place: place, Participants: pair, Salience: "main", Evidence: evidence},
		})
	}
	as := []*attache.Article{
		meet("g1", "2025-06-12", "2025-06-12", "Hanoi", "BANGKOK — Phumtham Wechayachai held talks with Phan Van Giang in Hanoi on June 12."),
		meet("h1", "2025-06-13", "2025-06-13", "Hanoi", "HANOI, June 13 (VNA) — General Phan Van Giang received Phumtham Wechayachai in Hanoi."),
		// The same, the guest's report filed the same morning as the
		// host's and taken after it.
		meet("a1", "2025-07-09", "2025-07-09", "Hanoi", "HANOI, July 9 (VNA) — General Phan Van Giang received Phumtham Wechayachai in Hanoi."),
		meet("z1", "2025-07-09", "2025-07-08", "Hanoi", "BANGKOK — Phumtham Wechayachai held talks with Phan Van Giang in Hanoi on July 8."),
		// The pair in Hanoi in September, then again the next day.
		meet("s1", "2025-09-02", "2025-09-02", "Hanoi", "BANGKOK — Phumtham Wechayachai held talks with Phan Van Giang in Hanoi on September 2."),
		meet("s2", "2025-09-03", "2025-09-03", "Hanoi", "HANOI, Sept 3 (VNA) — General Phan Van Giang received Phumtham Wechayachai in Hanoi on Wednesday."),
		meet("s3", "2025-09-03", "2025-09-03", "Hanoi", "HANOI — General Phan Van Giang and Phumtham Wechayachai met again over breakfast in Hanoi."),
		// A meeting in another city the day after.
		meet("c1", "2025-10-07", "2025-10-07", "Hanoi", "BANGKOK — Phumtham Wechayachai held talks with Phan Van Giang in Hanoi on October 7."),
		meet("c2", "2025-10-08", "2025-10-08", "Bangkok", "BANGKOK, Oct 8 — Phumtham Wechayachai received Phan Van Giang in Bangkok."),
		// The dateline-dated report is the earlier one.
		meet("e1", "2025-11-04", "2025-11-04", "Hanoi", "HANOI, Nov 4 (VNA) — General Phan Van Giang received Phumtham Wechayachai in Hanoi."),
		meet("e2", "2025-11-05", "2025-11-05", "Hanoi", "BANGKOK — Phumtham Wechayachai held talks with Phan Van Giang in Hanoi on November 5."),
	}
	kn := resolve.Build(k, as).Knowledge()
	ev, _ := eventsOf(kn)
	same := sameEvent(t, ev)
	same("h1#0", "g1#0", true)
	same("a1#0", "z1#0", true)
	for _, e := range kn.Events {
		if e.ID == ev["a1#0"] && e.Date != "2025-07-08" {
			t.Errorf("talks filed under the next day's dateline: date %s, want the told day 2025-07-08", e.Date)
		}
	}
	same("s2#0", "s1#0", false)
	same("s3#0", "s1#0", false)
	same("c2#0", "c1#0", false)
	same("e2#0", "e1#0", false)
}

// TestEventLinkHostByFamilyNameAlone: a later report that names the
// visitor by his family name alone, with no post ("when he met Mr Conroy
// on Tuesday last week"), in an article of the host's country, tells the
// meeting that named him in full: his country there is the article's
// guess, no evidence of another person. A one-word name that is no word
// of the visitor's, or one whose post places it in another country,
// stays a second host.
func TestEventLinkHostByFamilyNameAlone(t *testing.T) {
	k := defaultKB(t)
	joseph := official("Billy Joseph", "PG")
	meet := func(id, published string, other attache.Entity) *attache.Article {
		return article(id, published, []attache.Entity{joseph, other}, []attache.Event{
			{Type: "meeting", Date: "2025-09-02", Participants: []string{"Billy Joseph", other.Name}, Salience: "main"},
		})
	}
	as := []*attache.Article{
		meet("m1", "2025-09-02", official("Pat Conroy", "AU")),
		meet("m2", "2025-09-08", personOf("Conroy", "PG")),
		meet("m3", "2025-09-09", personOf("Marles", "PG")),
		meet("m4", "2025-09-10", person("Conroy", nil, "", "NZ", []string{"New Zealand Minister of Defence"}, nil)),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("m1#0", "m2#0", true)
	same("m1#0", "m3#0", false)
	same("m1#0", "m4#0", false)
}
