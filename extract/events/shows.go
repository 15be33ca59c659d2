package events

import (
	"strings"

	"attache"
)

// This file holds the show an exhibition event is: the organisation
// named for it ("the 13th Africa Aerospace and Defence (AAD) exhibition",
// "the Egypt Defence Expo (EDEX 2025)", "LIMA '25, which opened on
// Tuesday") takes part in its own event, as the name of a dialogue does.

// showParties adds to each exhibition of evs the organisation one of its
// sentences names as the show (an exhibition whose sentences name none,
// "the previous edition drew 300 exhibitors", is of the show the article
// named last before it), the state that holds it and the bodies that
// organise it. It runs before the last pass moves places between events,
// so that an expo "in Rio de Janeiro" that talks in Hanoi speak of is
// still Brazil's.
func (doc *doc) showParties(evs []*cand) {
	last, lastHost := "", ""
	for _, c := range evs {
		if c.ev.Type != "exhibition" {
			continue
		}
		host := doc.showHost(c)
		if host == "" {
			host = lastHost
		}
		if host != "" {
			lastHost = host
			c.ev.Participants = appendUniq(c.ev.Participants, host)
		}
		if c.bg || c.past {
			// an edition recalled ("the previous edition", "first staged
			// in 2018") is not opened or toured by today's persons
			c.ev.Participants = doc.withoutPersons(c.ev.Participants)
		} else {
			for _, o := range doc.organisers(c) {
				c.ev.Participants = appendUniq(c.ev.Participants, o)
			}
		}
		name := c.show
		if name == "" {
			name = last
		}
		if name == "" {
			continue
		}
		last = name
		c.ev.Participants = append([]string{name}, without(c.ev.Participants, name)...)
	}
}

// showHost returns the state that holds exhibition c: the state of the
// place its sentence gives it ("at the Egypt International Exhibition
// Center", "in Langkawi"), else a state its name contains ("the second
// Vietnam international defence exhibition"), else, for an expo of the
// lead, the state of the dateline ("PYONGYANG, July 27 – ... shows him an
// arms exhibition"), else "".
func (doc *doc) showHost(c *cand) string {
	if cc := doc.countryOf(c.ev.Place); cc != "" {
		return cc
	}
	if cc := doc.nameHost(c); cc != "" {
		return cc
	}
	if doc.lead[c.sent] && !c.bg && !c.past {
		if s := doc.leadDateline(); s >= 0 {
			return doc.countryOf(doc.datelinePlace(s, c.ev.Type))
		}
	}
	return ""
}

// nameHost returns the state exhibition c's name contains, else "".
func (doc *doc) nameHost(c *cand) string {
	if c.ev.Name == "" {
		return ""
	}
	for _, m := range doc.ments[c.sent] {
		if m.e.Type == attache.Country && m.e.Country != "" && strings.Contains(c.ev.Name, doc.text[m.start:m.end]) {
			return m.e.Country
		}
	}
	return ""
}

// organisers returns the bodies named after "organised by" (and the other
// organise words) in the sentence of exhibition c, or in one of the four
// sentences after it when a show noun comes first there: "The four-day
// event, organised by the Ministry of National Defence, features ...".
func (doc *doc) organisers(c *cand) []string {
	var out []string
	for s := c.sent; s < len(doc.words) && s <= c.sent+4; s++ {
		ws := doc.words[s]
		for i := 0; i+2 < len(ws); i++ {
			if !doc.d.places.organise.has(ws[i].low) || ws[i+1].low != "by" {
				continue
			}
			if s != c.sent && !doc.showNounBefore(ws, i) {
				continue
			}
			k := i + 2
			if ws[k].low == "the" && k+1 < len(ws) {
				k++
			}
			for _, m := range doc.ments[s] {
				if m.e.Type == attache.Organization && m.start == ws[k].start {
					out = append(out, m.e.Name)
				}
			}
		}
	}
	return out
}

// showNounBefore reports whether a show noun stands among the words
// before word i of ws.
func (doc *doc) showNounBefore(ws []word, i int) bool {
	for _, w := range ws[:i] {
		if doc.d.places.showNoun.has(w.low) {
			return true
		}
	}
	return false
}

// showName returns the organisation that names the show of exhibition c
// in its sentence: a name around or inside the trigger, or right before
// it with at most an acronym in brackets between, else "".
func (doc *doc) showName(c *cand) string {
	ws := doc.words[c.sent]
	if c.hit.r == nil || c.hit.b > len(ws) {
		return ""
	}
	start, end := ws[c.hit.a].start, ws[c.hit.b-1].end
	for _, m := range doc.ments[c.sent] {
		if m.e.Type != attache.Organization || doc.info[m.e].intl {
			continue
		}
		if m.start < end && start < m.end {
			return m.e.Name // "the Egypt Defence Expo": the trigger is in the name
		}
		if m.end <= start && start-m.end < 24 && onlyAcronym(doc.text[m.end:start]) {
			return m.e.Name // "the Africa Aerospace and Defence (AAD) exhibition"
		}
	}
	return ""
}

// onlyAcronym reports whether s is blank or an acronym in brackets.
func onlyAcronym(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	return strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && !strings.Contains(s[1:], "(")
}

// without returns list without s, in a new slice.
func without(list []string, s string) []string {
	var out []string
	for _, v := range list {
		if v != s {
			out = append(out, v)
		}
	}
	return out
}

// withoutPersons returns list without the persons' names, in a new slice.
func (doc *doc) withoutPersons(list []string) []string {
	var out []string
	for _, p := range list {
		if !doc.isPerson(p) {
			out = append(out, p)
		}
	}
	return out
}
