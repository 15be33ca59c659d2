package events

import (
	"strings"

	"attache"
)

// This file holds the clause tests of the place rules (place.go): whether
// a place belongs to the event's own clause or to another thing told
// beside it ("the next edition of which", "a protocol on the training of
// cadets at X"), and how a stay or a port names its place.

// clauseBetween reports whether text, lying between a place and a later
// trigger, closes the place's clause: a semicolon or ", and".
func clauseBetween(text string) bool {
	return strings.Contains(text, ";") || strings.Contains(text, ", and ")
}

// whichScene reports whether a relative clause on something else than
// the event opens between bytes end and pos of sentence s and tells,
// before pos, where that thing is held or made: "the exercise, the next
// edition of which is to be held in X", "a letter of intent, under which
// two ships will be built in Y". The event's own clause (", which was
// held off Muscat") keeps its place.
func (doc *doc) whichScene(s, end, pos int) bool {
	ws := doc.words[s]
	open, other := false, false
	for k := wordAt(ws, end); k < len(ws) && ws[k].start < pos; k++ {
		switch {
		case ws[k].low == "which":
			open = true
			other = k > 0 && doc.d.places.whichLead.has(ws[k-1].low)
		case open && doc.d.places.built.has(ws[k].low):
			return true
		case open && other && doc.d.places.sceneWords.has(ws[k].low):
			return true
		}
	}
	return false
}

// topicBefore reports whether an agreement's subject ("on the training of
// cadets", "on SAF training") opens between words a and k of sentence s
// and names a venue after "at" before word k: the venue, and the town
// after it, are what the agreement is about, not where it was signed.
// "on" opening a date ("on Monday") opens no subject.
func (doc *doc) topicBefore(s, a, k int) bool {
	ws := doc.words[s]
	topic, rel := false, false
	for j := a; j < k && j+1 < len(ws); j++ {
		switch {
		case doc.dateAt(s, ws[j].start) || ws[j].low == "," && ws[j+1].low != "which":
			topic, rel = false, false // "on defence cooperation on Monday at the ministry": the subject has closed
		case ws[j].low == "on" && !doc.dateAt(s, ws[j+1].start):
			topic = true
		case ws[j].low == "that" || ws[j].low == "which" && ws[j+1].low != "was" && ws[j+1].low != "were" && ws[j+1].low != "had":
			// "a memorandum that will allow the SAF to train at X", "the
			// minutes, which include patrols on the X canal": what the
			// document provides ("which was signed in X" tells the signing)
			topic, rel = true, true
		case ws[j].low == "at" && topic && j > 0 && doc.d.places.bond.has(ws[j-1].low) && !rel:
			// "an MoU on defence industry cooperation at Ship House": a
			// tie has no place, so the venue is the signing's
			topic = false
		case ws[j].low == "at" && topic:
			// "on the training of cadets at the X University (in Y)";
			// "an MoU on cooperation in Rome" was signed in Rome
			return true
		}
	}
	// what the document provides names its places with "in" and "on" too:
	// "a protocol that provides for exercises in Queensland"
	return topic && rel && k > 0 && (ws[k-1].low == "in" || ws[k-1].low == "on" || ws[k-1].low == "the" && k > 1 && (ws[k-2].low == "in" || ws[k-2].low == "on"))
}

// dateAt reports whether a date expression of sentence s starts at or
// covers byte pos.
func (doc *doc) dateAt(s, pos int) bool {
	for _, d := range doc.dates[s] {
		if d.Start <= pos && pos < d.End {
			return true
		}
	}
	return false
}

// demonym reports whether country mention m is written as the country's
// adjective ("Indonesian"), which names no place: "train in Indonesian
// airspace and waters".
func (doc *doc) demonym(m ment) bool {
	if doc.d.kb == nil {
		return false
	}
	c, ok := doc.d.kb.CountryByCode(m.e.Country)
	if !ok {
		return false
	}
	written := doc.text[m.start:m.end]
	for _, dn := range c.Demonyms {
		if strings.EqualFold(dn, written) {
			return true
		}
	}
	return false
}

// afterThe reports whether the mention at pos follows "the".
func afterThe(ws []word, pos int) bool {
	i := wordAt(ws, pos)
	return i > 0 && ws[i-1].low == "the"
}

// stayPlace returns the place a stay's sentence names just before it:
// "X, who is in Moscow on an official visit" is a visit to Moscow. It
// returns "" for any other trigger.
func (doc *doc) stayPlace(s int, h hit) string {
	ws := doc.words[s]
	if ws[h.a].low != "on" || h.b < len(ws) && ws[h.b].low == "to" {
		return ""
	}
	for i, m := range doc.ments[s] {
		if k := wordAt(ws, m.end); k != h.a || !afterIn(ws, m.start) || doc.insideNames(s)[i] {
			continue
		}
		if p := mentionPlace(m); p != "" {
			return p
		}
	}
	return ""
}

// mentionPlace returns the place mention m names as an event's place: a
// country's code or a location's name; "" for any other mention.
func mentionPlace(m ment) string {
	switch {
	case m.e.Type == attache.Country && m.e.Country != "":
		return m.e.Country
	case m.e.Type == attache.Location:
		return m.e.Name
	}
	return ""
}

// portOf reports whether text, between a country's adjective and a place,
// makes the place one of that country's: "Indonesian port of", "Russian
// city of", "Vietnamese capital". A short phrase with no clause break.
func portOf(text string) bool {
	if len(text) > 24 || strings.ContainsAny(text, ",;") || strings.Contains(text, " and ") {
		return false
	}
	f := strings.Fields(text)
	return len(f) >= 1 && len(f) <= 3 && (len(f) == 1 || f[len(f)-1] == "of")
}

// duringReach is how many words after a trigger "during" may open the
// occasion an event happened at ("signed ... in June last year, during
// the exhibition in Jakarta"), and how many words after "during" may
// name the occasion's place.
const duringReach = 16

// duringPlace returns the place of the occasion an event of trigger h in
// sentence s is told to happen during: "signed in 2021 during a visit to
// Hanoi by the minister", "established during the President's visit to
// Paris", "during the Indo Defence exhibition in Jakarta". It returns ""
// when no "during" phrase of the event's clause names a place.
func (doc *doc) duringPlace(s int, h hit) string {
	k := doc.duringAt(s, h)
	if k < 0 {
		return ""
	}
	ws := doc.words[s]
	inside := doc.insideNames(s)
	for i, m := range doc.ments[s] {
		j := wordAt(ws, m.start)
		if j <= k || inside[i] {
			continue
		}
		if j-k > duringReach {
			break
		}
		if l := ws[j-1].low; l != "to" && l != "in" && l != "at" && !(l == "the" && j > 1 && (ws[j-2].low == "to" || ws[j-2].low == "in")) {
			continue
		}
		if p := mentionPlace(m); p != "" {
			return p
		}
	}
	return ""
}

// duringAt returns the word of sentence s that opens a "during" phrase
// shortly after trigger h, in its clause, or -1.
func (doc *doc) duringAt(s int, h hit) int {
	ws := doc.words[s]
	for k := h.b; k < len(ws) && k-h.b <= duringReach; k++ {
		switch ws[k].low {
		case ";", "which", "that", "who", "where", "while", "but":
			return -1 // another thing's clause: "the partnership that they established during"
		case "and":
			if k > 0 && ws[k-1].low == "," {
				return -1
			}
		case "during":
			return k
		}
	}
	return -1
}

// hostReach is how many words may lie between a host state's verb and the
// event it hosts ("China last hosted the symposium of the navies"), or
// between the event and ", which <state> hosted".
const hostReach = 8

// hostState returns the code of the state sentence s makes the host of
// the event of trigger h, "" when none: the event is the object of the
// state's verb ("Peru last hosted UNITAS in 2020", "Malaysia will host
// the drill") or the relative clause after it names the state as host
// ("Bright Star 2025, which Egypt hosted in September").
func (doc *doc) hostState(s int, h hit) string {
	ws := doc.words[s]
	for _, m := range doc.ments[s] {
		if m.e.Type != attache.Country || m.e.Country == "" {
			continue
		}
		v := wordAt(ws, m.end)
		for v < len(ws) && (ws[v].low == "last" || ws[v].low == "also" || ws[v].low == "will" || ws[v].low == "has" || ws[v].low == "had" || ws[v].low == "first") {
			v++
		}
		if v >= len(ws) || !doc.d.places.hostState.has(ws[v].low) {
			continue
		}
		if h.a > v && h.a-v <= hostReach {
			return m.e.Country // the event is the verb's object
		}
		k := wordAt(ws, m.start)
		if h.b <= k && k-h.b <= hostReach && k > 0 && ws[k-1].low == "which" {
			return m.e.Country // "..., which Egypt hosted"
		}
	}
	return ""
}

// relativeBetween reports whether a relative clause about persons
// ("who") opens among words from to to-1 of a sentence: "saw off the
// troops who will serve in Lebanon", "welcomed home the peacekeepers who
// served in Abyei". A place after it is said of them, not of the act
// before it. ("which" often tells the event itself: "the exercise, which
// will be held at X".)
func relativeBetween(ws []word, from, to int) bool {
	for k := from; k < to && k < len(ws); k++ {
		if ws[k].low == "who" {
			return true
		}
	}
	return false
}
