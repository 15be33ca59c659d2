package events

import (
	"time"

	"attache"
	"attache/extract/dates"
)

// This file holds the ways one sentence tells several events of a kind:
// a series of earlier occurrences ("held in 1981 and 2022", "in New Delhi
// in 2019 and the second in Tokyo in 2022"), agreements with several
// partners ("similar pacts with Australia and Britain") and two signings.

// signVerb reports whether w is a verb of signing.
func signVerb(w string) bool {
	return len(w) >= 4 && w[:4] == "sign" || w == "inked"
}

// clauseBreak reports whether words [from, to) hold a comma, "and" or a
// semicolon: what follows is a new clause, not more of the same phrase.
func clauseBreak(ws []word, from, to int) bool {
	for k := from; k < to && k < len(ws); k++ {
		switch ws[k].low {
		case ",", "and", ";":
			return true
		}
	}
	return false
}

// marking reports whether a participle right before the anniversary at
// word to ties it to the trigger that ends at from ("..., marking the 25th
// anniversary").
func (doc *doc) marking(ws []word, from, to int) bool {
	for k := max(from, to-3); k < to; k++ {
		switch ws[k].low {
		case "marking", "commemorating", "celebrating":
			return true
		}
	}
	return false
}

// eachCountry makes one background agreement per country named after the
// trigger h, between that country and the article's own.
func (doc *doc) eachCountry(s int, h hit) []*cand {
	end := doc.words[s][h.b-1].end
	var out []*cand
	seen := map[string]bool{}
	for _, m := range doc.ments[s] {
		code := m.e.Country
		if m.e.Type != attache.Country || m.start < end || code == "" || code == doc.home || seen[code] {
			continue
		}
		seen[code] = true
		c := doc.newCand(s, h)
		c.ev.Participants = uniqNonEmpty([]string{doc.home, code})
		c.ev.Date, c.ownDate, c.bg = "", false, true
		c.key = "each " + code
		out = append(out, c)
	}
	return out
}

// seriesGap is how many words may separate two dates of one series.
const seriesGap = 8

// series returns the further occurrences of c told in the same sentence
// after its own date: "was held in New Delhi in 2019 and the second in
// Tokyo in 2022" holds two. Only past years and months joined by "and"
// count: a series recalled, not a range or a schedule.
func (doc *doc) series(c *cand, s int, h hit) []*cand {
	ref, ok := doc.ref()
	if !c.ownDate || !ok {
		return nil
	}
	ds := doc.dates[s]
	at := -1
	for i, dt := range ds {
		if dt.Value == c.ev.Date && dt.Start >= doc.words[s][h.a].start {
			at = i
			break
		}
	}
	if at < 0 || !seriesDate(ds[at], ref) {
		return nil
	}
	ws := doc.words[s]
	var out []*cand
	prevEnd := ds[at].End
	for _, dt := range ds[at+1:] {
		a, b := wordAt(ws, prevEnd), wordAt(ws, dt.Start)
		if !seriesDate(dt, ref) || b-a > seriesGap || !hasAnd(ws, a, b) || doc.participleIn(ws, a, b) {
			break // "signed in February 2022 and completed in January 2024": another act
		}
		n := *c
		n.ev.Participants = append([]string(nil), c.ev.Participants...)
		n.ev.Date, n.ev.Scheduled, n.bg = dt.Value, false, true
		if c.key != "" {
			n.key = c.key + "@" + dt.Value
		} else {
			n.key = "series@" + dt.Value
		}
		if p := doc.locationBetween(s, prevEnd, dt.Start); p != "" {
			n.ev.Place = p
		}
		out = append(out, &n)
		prevEnd = dt.End
	}
	if len(out) > 0 {
		c.bg = true
		if c.key == "" {
			c.key = "series@" + c.ev.Date
		}
	}
	return out
}

// seriesDate reports whether dt is a year or month before ref: a date of
// a recalled series.
func seriesDate(dt dates.Date, ref time.Time) bool {
	if dt.Value == "" || dt.Since || dt.Scheduled || len(dt.Value) > 7 {
		return false
	}
	return !dt.To.IsZero() && dt.To.Before(ref)
}

// participleIn reports whether words [a, b) hold a participle of an act
// (the participle lines of triggers.tsv).
func (doc *doc) participleIn(ws []word, a, b int) bool {
	for k := a; k < b && k < len(ws); k++ {
		if doc.d.rules.participle.matches(ws[k]) {
			return true
		}
	}
	return false
}

func hasAnd(ws []word, a, b int) bool {
	for k := a; k < b && k < len(ws); k++ {
		if ws[k].low == "and" {
			return true
		}
	}
	return false
}

// locationBetween returns the location or country named between bytes a
// and b of sentence s, or "".
func (doc *doc) locationBetween(s, a, b int) string {
	for _, m := range doc.ments[s] {
		if m.start < a || m.end > b {
			continue
		}
		switch m.e.Type {
		case attache.Location:
			return m.e.Name
		case attache.Country:
			return m.e.Country
		}
	}
	return ""
}
