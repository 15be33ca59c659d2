package events

import (
	"strings"
	"unicode"

	"attache"
)

// This file holds the dateline: the place written in capitals at the
// head of the lead ("SINGAPORE —", "BANGKOK, Feb 27 —", "ULAANBAATAR
// /MONTSAME/.", "MOSCOW, May 5. /TASS/."). A news agency
// writes it where the story happened, so it is the place of a main event
// whose sentence names none.

// dateline returns the entity named by the dateline of sentence s, or nil
// when the sentence does not open with one.
func (doc *doc) dateline(s int) *attache.Entity {
	span := doc.sents[s]
	text := doc.text[span.Start:min(span.End, len(doc.text))]
	cut := strings.IndexAny(text, ",—–(/:")
	for _, dash := range []string{" - ", " -- "} {
		if i := strings.Index(text, dash); i >= 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut <= 0 || cut > 40 {
		return nil
	}
	head := strings.TrimSpace(text[:cut])
	if head == "" || !strings.ContainsFunc(head, unicode.IsLetter) {
		return nil
	}
	if strings.ToUpper(head) != head {
		// "Ho Chi Minh City (VNS) –", "Colombo –": a place alone before
		// the agency or the dash, in the lead's first words
		return doc.plainDateline(s, cut, head)
	}
	for _, m := range doc.ments[s] {
		if m.start >= span.Start+cut {
			break
		}
		if m.e.Type == attache.Country || m.e.Type == attache.Location {
			return m.e
		}
	}
	return nil
}

// datelinePlace returns the place the dateline of sentence s gives an
// event of type typ: a country's code (a city-state's dateline names the
// state), the host country for an exercise (the drills range beyond the
// city the story was filed from), else the location's name.
func (doc *doc) datelinePlace(s int, typ string) string {
	e := doc.dateline(s)
	switch {
	case e == nil || typ == "deployment":
		// forces sent abroad go elsewhere than where the story is
		// filed; a unit coming home is placed by homePlace
		return ""
	case e.Type == attache.Country:
		if capital := doc.namesakeCapital(e); capital != "" && typ != "exercise" {
			return capital // "KUWAIT, March 3 (KUNA)" is filed from Kuwait City
		}
		return e.Country
	case typ == "exercise" && e.Country != "":
		return e.Country
	case typ == "exercise":
		return doc.countryOf(e.Name)
	}
	return e.Name
}

// namesakeCapital returns the capital a state's name stands for in a
// dateline when the capital is named after the state ("KUWAIT" for Kuwait
// City, "PANAMA" for Panama City), or "".
func (doc *doc) namesakeCapital(e *attache.Entity) string {
	if doc.d.kb == nil || e.Country == "" {
		return ""
	}
	c, ok := doc.d.kb.CountryByCode(e.Country)
	if !ok {
		return ""
	}
	for _, p := range doc.d.kb.PlacesNamed(c.Name + " City") {
		if p.Kind == "capital" && p.Country == e.Country {
			return p.Name
		}
	}
	return ""
}

// leadDateline returns the sentence of the lead that opens with a
// dateline, or -1: a headline event merged with its lead sentence is
// told first in the headline, which has none.
func (doc *doc) leadDateline() int {
	for s := 0; s < len(doc.sents) && doc.lead[s]; s++ {
		if doc.dateline(s) != nil {
			return s
		}
	}
	return -1
}

// plainDateline returns the place of a dateline not written in capitals
// ("Ho Chi Minh City (VNS) –", "Colombo –", "Doha, January 14 (QNA) -",
// "Riyadh, December 3, 2025, SPA --"): the head of sentence s, up
// to byte cut, must be exactly one place's name, followed (after a date,
// if any) by an agency in brackets or a dash. Anything else ("Vietnam and Laos held talks, ...")
// is the story's first clause.
func (doc *doc) plainDateline(s, cut int, head string) *attache.Entity {
	span := doc.sents[s]
	rest := doc.text[span.Start+cut : min(span.End, len(doc.text))]
	if !datelineEnd(rest) && !datelineEnd(skipDate(rest)) {
		return nil
	}
	from := span.Start + strings.Index(doc.text[span.Start:], head)
	for _, m := range doc.ments[s] {
		if m.start == from && m.end == from+len(head) && (m.e.Type == attache.Country || m.e.Type == attache.Location) {
			return m.e
		}
	}
	return nil
}

// datelineEnd reports whether rest, the text after a dateline's place
// (and date), opens on what closes a dateline: an agency in brackets or
// between slashes ("/MONTSAME/", "/Kabar/"), or a dash.
func datelineEnd(rest string) bool {
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(strings.TrimPrefix(rest, " "), "/") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, " -")
}

// datelineDateLen is the longest date, with an agency's name, a
// dateline may hold between its place and its closing bracket or dash
// (", December 3, 2025, SPA").
const datelineDateLen = 32

// skipDate returns rest past the date a dateline gives after its place
// (", January 14 ", ", Nov. 17"), up to the agency in brackets or the
// dash; it returns "" when rest opens on no such date: a comma followed by
// a few words holding a digit.
func skipDate(rest string) string {
	if !strings.HasPrefix(rest, ",") {
		return ""
	}
	end := strings.IndexAny(rest, "(/—–")
	if dash := strings.Index(rest, " -"); dash >= 0 && (end < 0 || dash < end) {
		end = dash
	}
	if end < 0 || end > datelineDateLen || !strings.ContainsAny(rest[:end], "0123456789") {
		return ""
	}
	return rest[end:]
}
