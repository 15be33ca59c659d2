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
// sentences names as the show; an exhibition whose sentences name none
// ("the previous edition drew 300 exhibitors") is of the show the article
// named last before it.
func (doc *doc) showParties(evs []*cand) {
	last := ""
	for _, c := range evs {
		if c.ev.Type != "exhibition" {
			continue
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
