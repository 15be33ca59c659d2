package events

import (
	"strings"

	"attache"
)

// This file holds the sites of one trip named together after one visit
// verb: "will visit Hanwha Aerospace in Changwon and the Korean Navy's
// Jinhae naval base" tells two visits, one to each site, as agencies
// write the programme of a delegation.
//
// A visited site is where a visit goes, not who makes it: the body that
// owns or runs the site ("the Korean Navy's Jinhae naval base", "Hanwha
// Aerospace") is no participant, just as the state visited is none of a
// state visit. The participants of a visit are its visitors; a body that
// receives them in talks is a party of those talks, told as a meeting.

// siteWindow is how many words after a visit verb its list of sites may
// run: a relative clause may stand between two sites ("the shipyard of PT
// PAL in Surabaya, which built two ships for the navy, and the Eastern
// Fleet Command").
const siteWindow = 40

// siteFollowers are the words that may follow a site named after "and":
// another site, a place, a date, a bracket or the end of the clause. A
// verb there makes the name the subject of a new clause ("visited Hanoi
// and the Navy hosted a dinner"), not a second site.
var siteFollowers = map[string]bool{
	",": true, ".": true, ";": true, "(": true, "and": true, "in": true, "on": true, "at": true,
	"near": true, "before": true, "after": true, "where": true, "which": true, "to": true, "during": true,
}

// otherSites returns one visit per further site named after "and" in the
// clause of visit c (hit h of sentence s), each with c's persons and
// countries and the site's place. It returns nil when c names no site of
// its own.
func (doc *doc) otherSites(s int, h hit, c *cand) []*cand {
	if h.r.typ != "visit" || h.r.anaphor || c.bg {
		return nil
	}
	ws := doc.words[s]
	first, ok := doc.siteAt(s, h.b)
	if !ok && h.r.site {
		// the trigger holds the site's kind: "inspected the new aviation
		// base in Lop Buri and a field hospital near Korat"
		first, ok = doc.siteTown(s, h.b)
	}
	if !ok {
		return nil
	}
	stop := min(len(ws), h.b+siteWindow)
	for _, o := range doc.sentHits {
		if o.a >= h.b && o.a < stop && o.r.typ != "visit" {
			stop = o.a // another event's clause
		}
	}
	var out []*cand
	for k := first.next; k < stop; k++ {
		if l := ws[k].low; l == ";" || l == ":" {
			break
		}
		if ws[k].low != "and" {
			continue
		}
		site, ok := doc.siteAt(s, k+1)
		if !ok || site.next < len(ws) && !siteFollowers[ws[site.next].low] {
			continue
		}
		out = append(out, doc.siteVisit(c, site))
		k = site.next - 1
	}
	return out
}

// site is a place of a visit's programme: the body that receives the
// visitors, or the place visited, or both ("the Korean Navy's Jinhae
// naval base").
type site struct {
	body, place string
	next        int // the word after the site's name
}

// siteAt reads the site named at word i of sentence s: after "the", an
// organisation or a venue, or an owner's name and then its base or unit
// ("the Korean Navy's Jinhae naval base"). Countries, cities and persons
// are no sites: "visit Vietnam and Laos" is a tour told elsewhere.
func (doc *doc) siteAt(s, i int) (site, bool) {
	ws := doc.words[s]
	if st, ok := doc.commonSiteAt(s, i); ok {
		return st, true
	}
	if i < len(ws) && ws[i].low == "the" {
		i++
	}
	if i+2 < len(ws) && !ws[i].upper && doc.d.rules.venue.matches(ws[i]) && ws[i+1].low == "of" {
		// "the shipyard of PT PAL Indonesia": the body owning the site
		i += 2
		if ws[i].low == "the" {
			i++
		}
	}
	if i >= len(ws) {
		return site{}, false
	}
	ms := doc.ments[s]
	k := longestAt(ms, ws[i].start)
	if k < 0 {
		return site{}, false
	}
	m := ms[k]
	var st site
	if n := longestAt(ms, m.end+3); n >= 0 && ownerMark(doc.text[m.end:]) {
		// "the Korean Navy's Jinhae naval base": the owner, then the site
		if m.e.Type != attache.Organization {
			return site{}, false
		}
		st.body, m = m.e.Name, ms[n]
	}
	switch {
	case m.e.Type == attache.Organization && !doc.info[m.e].intl:
		st.body = m.e.Name // the body received the visitors, at its own seat
		if doc.venueName(ws, m) {
			st.place = m.e.Name
		}
	case m.e.Type == attache.Location && doc.siteName(ws, m):
		st.place = m.e.Name
	default:
		return site{}, false
	}
	st.next = wordAt(ws, m.end)
	if st.next < len(ws) && ws[st.next].start < m.end {
		st.next++
	}
	return st, true
}

// longestAt returns the index of the longest mention of ms that starts at
// byte pos (a country's name starts the name of its navy), or -1.
func longestAt(ms []ment, pos int) int {
	best := -1
	for k, m := range ms {
		if m.start == pos && (best < 0 || m.end > ms[best].end) {
			best = k
		}
	}
	return best
}

// siteName reports whether location mention m names a site rather than a
// town: one of its words is a venue word ("Tengah Air Base"), or a word
// of a base or yard follows it ("Jinhae naval base").
func (doc *doc) siteName(ws []word, m ment) bool {
	if doc.venueName(ws, m) {
		return true
	}
	j := wordAt(ws, m.end)
	for n := 0; n < 2 && j < len(ws); n, j = n+1, j+1 {
		if doc.d.rules.venue.matches(ws[j]) {
			return true
		}
	}
	return false
}

// ownerMark reports whether text starts with a possessive "'s".
func ownerMark(text string) bool {
	return strings.HasPrefix(text, "'s") || strings.HasPrefix(text, "’s")
}

// siteVisit is the visit to st by the visitors of c (its persons and
// states, not the site's body), on c's date.
func (doc *doc) siteVisit(c *cand, st site) *cand {
	v := *c
	v.ev.Participants = nil
	for _, p := range c.ev.Participants {
		if doc.isPerson(p) || isCode(p) {
			v.ev.Participants = append(v.ev.Participants, p)
		}
	}
	v.ev.Place = st.place
	v.party = st.body + "|" + st.place // a stop of its own: never merged into c
	return &v
}

// commonSiteMods is how many lower-case words may stand between the
// article and the noun of a site named by a common noun ("the new
// submarine base").
const commonSiteMods = 3

// commonSiteAt reads a site named by a common noun at word i of sentence
// s and placed by the town after it: "a military hospital near Thakhek",
// "the naval air station at Arakkonam". The town is the visit's place;
// the site names no body.
func (doc *doc) commonSiteAt(s, i int) (site, bool) {
	ws := doc.words[s]
	if i >= len(ws) || (ws[i].low != "a" && ws[i].low != "an" && ws[i].low != "the") {
		return site{}, false
	}
	k := i + 1
	for ; k < len(ws) && k <= i+commonSiteMods && !ws[k].upper && !doc.d.places.siteNoun.has(ws[k].low); k++ {
	}
	if k+1 >= len(ws) || ws[k].upper || !doc.d.places.siteNoun.has(ws[k].low) {
		return site{}, false
	}
	return doc.siteTown(s, k+1)
}

// siteTown reads the town that places a site at word i of sentence s:
// "in Lop Buri", "near Korat", "at Mandapam".
func (doc *doc) siteTown(s, i int) (site, bool) {
	ws := doc.words[s]
	if i+1 >= len(ws) {
		return site{}, false
	}
	if l := ws[i].low; l != "in" && l != "near" && l != "at" {
		return site{}, false
	}
	ms := doc.ments[s]
	n := longestAt(ms, ws[i+1].start)
	if n < 0 || ms[n].e.Type != attache.Location {
		return site{}, false
	}
	st := site{place: ms[n].e.Name, next: wordAt(ws, ms[n].end)}
	if st.next < len(ws) && ws[st.next].start < ms[n].end {
		st.next++
	}
	return st, true
}
