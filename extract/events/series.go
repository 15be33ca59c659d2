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

// firstSinceTypes are the types whose "first ... since" recalls the
// previous occurrence: "a six-day port call, the first by a Vietnamese
// warship since 2020", "the first defence chief to visit the country
// since Minoru Kihara in 2024".
var firstSinceTypes = map[string]bool{"visit": true, "exercise": true}

// firstSinceReach is how many words "first" may come before "since", and
// the date after it.
const firstSinceReach = 12

// firstSince returns the previous occurrence that c, told as "the first
// ... since" a date, recalls: a background event of c's type dated then,
// made by the persons named between "since" and the date, else by c's
// actors.
func (doc *doc) firstSince(c *cand, s int, h hit) []*cand {
	if c.bg || !firstSinceTypes[c.ev.Type] {
		return nil
	}
	ref, hasRef := doc.ref()
	ws := doc.words[s]
	at := -1
	for k := h.b; k < len(ws) && k-h.b <= 2*firstSinceReach; k++ {
		if ws[k].low == "since" {
			at = k
			break
		}
	}
	if at < 0 || !firstBefore(ws, at) {
		return nil
	}
	for _, dt := range doc.dates[s] {
		i := wordAt(ws, dt.Start)
		if i <= at || i-at > 5 {
			continue
		}
		// (an undated report keeps a year it states: "since 2020")
		past := hasRef && seriesDate(dates.Date{Value: dt.Value, To: dt.To}, ref) || !hasRef && dt.Value != "" && len(dt.Value) <= 7
		if !past || !namesOnly(ws, at+1, i) {
			return nil // "his first since he took office in 2024": a clause, not an occurrence
		}
		n := &cand{r: c.r, sent: s, bg: true, ownDate: true, key: "first-since@" + dt.Value}
		n.ev = c.ev
		n.ev.Date, n.ev.Place, n.ev.Scheduled = dt.Value, "", false
		n.ev.Participants = doc.personsBetween(s, ws[at].end, dt.Start)
		if len(n.ev.Participants) == 0 {
			n.ev.Participants = append([]string(nil), c.ev.Participants...)
		}
		return []*cand{n}
	}
	return nil
}

// namesOnly reports whether words [a, b) are capitalised words of names
// or "in": "since Minoru Kihara in 2024".
func namesOnly(ws []word, a, b int) bool {
	for k := a; k < b; k++ {
		if !ws[k].upper && ws[k].low != "in" {
			return false
		}
	}
	return true
}

// firstBefore reports whether "first" comes shortly before word at.
func firstBefore(ws []word, at int) bool {
	for k := at - 1; k >= 0 && at-k <= firstSinceReach; k-- {
		if ws[k].low == "first" {
			return true
		}
	}
	return false
}

// personsBetween returns the persons named in sentence s between byte
// offsets from and to.
func (doc *doc) personsBetween(s, from, to int) []string {
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Person && m.start >= from && m.start < to {
			out = appendUniq(out, m.e.Name)
		}
	}
	return out
}

// pastEdition reports whether anaphor c ("the exercise", "it") tells an
// earlier edition of a recurring series, dated before the reference day:
// "The 17th edition of the exercise was conducted at Umroi in July last
// year", "the exercise, whose latest edition was held in Pune in April".
// It is an event of its own, recalled in the background, not the edition
// the story reports. It marks c recalled when so. When the story's lead
// event is of c's type, editions recalls its earlier editions instead,
// with the series' own actors.
func (doc *doc) pastEdition(c *cand, evs []*cand, ref time.Time, hasRef bool) bool {
	if !editionTypes[c.ev.Type] || !c.ownDate || !hasRef || c.ev.Date == "" {
		return false
	}
	if lead := leadEvent(doc, evs); lead != nil && lead.ev.Type == c.ev.Type {
		return false
	}
	if at, _ := doc.editionAt(c.sent); at < 0 {
		return false
	}
	if isRange(c.ev.Date) {
		return false
	}
	end, err := endOf(c.ev.Date)
	if err != nil || !end.Before(ref) {
		return false
	}
	c.bg = true
	if len(c.ev.Participants) == 0 {
		c.ev.Participants = doc.seriesStates(c.ev.Type, evs)
	}
	return true
}

// seriesStates returns the states of the latest event of type typ in evs:
// those among its participants and those its bodies serve. The states of
// a series take part in every edition of it.
func (doc *doc) seriesStates(typ string, evs []*cand) []string {
	var out []string
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].ev.Type != typ {
			continue
		}
		orgs := doc.orgsByName()
		for _, p := range evs[i].ev.Participants {
			if isCode(p) {
				out = appendUniq(out, p)
			} else if e := orgs[p]; e != nil && e.Country != "" {
				out = appendUniq(out, e.Country)
			}
		}
		break
	}
	return out
}
