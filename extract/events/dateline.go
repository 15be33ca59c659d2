package events

import (
	"strings"
	"unicode"

	"attache"
)

// This file holds the dateline: the place written in capitals at the
// head of the lead ("SINGAPORE —", "BANGKOK, Feb 27 —"). A news agency
// writes it where the story happened, so it is the place of a main event
// whose sentence names none.

// dateline returns the entity named by the dateline of sentence s, or nil
// when the sentence does not open with one.
func (doc *doc) dateline(s int) *attache.Entity {
	span := doc.sents[s]
	text := doc.text[span.Start:min(span.End, len(doc.text))]
	cut := strings.IndexAny(text, ",—–(")
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
		return e.Country
	case typ == "exercise" && e.Country != "":
		return e.Country
	case typ == "exercise":
		return doc.countryOf(e.Name)
	}
	return e.Name
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
// ("Ho Chi Minh City (VNS) –", "Colombo –"): the head of sentence s, up
// to byte cut, must be exactly one place's name, followed by an agency in
// brackets or a dash. Anything else ("Vietnam and Laos held talks, ...")
// is the story's first clause.
func (doc *doc) plainDateline(s, cut int, head string) *attache.Entity {
	span := doc.sents[s]
	rest := doc.text[span.Start+cut : min(span.End, len(doc.text))]
	if !strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, " -") {
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
