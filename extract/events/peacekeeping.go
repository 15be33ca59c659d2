package events

import (
	"strings"

	"attache"
)

// peacekeeping fills the mission, unit, rotation, personnel and women of a
// deployment from its sentence: the mission named (or the only one hosted
// by a country named), a unit whose name has a unit word, and counts of
// people from the sentence's quantities.
func (doc *doc) peacekeeping(c *cand, s int) {
	d := doc.d
	var hosts []string
	for _, m := range doc.ments[s] {
		if in := doc.info[m.e]; in.isMission && c.ev.Mission == "" {
			ms := in.mission
			c.ev.Mission = ms.acronym
			if c.ev.Place == "" && ms.host != "" && !doc.homecoming(c) {
				// a unit coming home from the mission is not going there
				c.ev.Place = d.countryName(ms.host)
			}
		}
		// the sender ("The Indian Air Force has deployed") is no host
		if m.e.Type == attache.Country && m.e.Country != "" && m.e.Country != doc.home &&
			(len(c.ev.Participants) == 0 || m.e.Country != c.ev.Participants[0]) {
			hosts = append(hosts, m.e.Country)
		}
		if m.e.Type == attache.Organization && c.ev.Unit == "" && doc.isUnit(m.e.Name) && !doc.reliefSide(c, doc.words[s], m) {
			c.ev.Unit = m.e.Name
		}
	}
	if c.ev.Mission == "" {
		for _, h := range hosts {
			if ms := d.byHost[h]; len(ms) == 1 {
				c.ev.Mission = ms[0].acronym
				break
			}
		}
	}
	if c.ev.Place == "" && len(hosts) > 0 && !doc.homecoming(c) {
		// a unit coming home "from South Sudan" is not going there
		c.ev.Place = d.countryName(hosts[0])
	}
	if c.ev.Unit != "" {
		if _, after, ok := strings.Cut(c.ev.Unit, "Rotation "); ok {
			c.ev.Rotation = strings.Fields(after + " ")[0]
		}
	}
	span := doc.sents[s]
	for _, q := range doc.x.Quantities {
		if q.Start < span.Start || q.Start >= span.End {
			continue
		}
		last := lastWord(q.Unit)
		switch {
		case d.rules.women.matches(word{low: last}):
			c.ev.Women = max(c.ev.Women, q.Value)
		case d.rules.people.matches(word{low: last}):
			c.ev.Personnel = max(c.ev.Personnel, q.Value)
		}
	}
}

// homeReach is how many words after a deployment's trigger may say that
// the unit is coming home: "returned home", "will fly home next week".
const homeReach = 3

// homecoming reports whether deployment c brings a unit home: its trigger
// is a return ("returns", "returning") or "home" follows it closely. The
// rest of the sentence may tell another unit's move ("..., while Rotation
// 4 arrived there").
func (doc *doc) homecoming(c *cand) bool {
	return doc.homecomingAt(c.sent, c.hit)
}

// homecomingAt reports whether trigger h of sentence s brings a unit home
// (see homecoming).
func (doc *doc) homecomingAt(s int, h hit) bool {
	ws := doc.words[s]
	if h.r == nil || h.a >= len(ws) {
		return false
	}
	if strings.HasPrefix(ws[h.a].low, "return") || strings.HasPrefix(ws[h.a].low, "homecoming") {
		return true
	}
	for k := h.a; k < len(ws) && k < h.b+homeReach; k++ {
		if ws[k].low == "home" {
			return true
		}
	}
	return false
}

// deploymentPlaces gives each deployment told without a place the place
// its movement goes to. Agencies name the mission area once, in the
// headline or the lead ("sends 180 peacekeepers to Lebanon"), then tell
// the advance party, the main body and the later flights without it
// ("The main body will depart in three waves"): those go where the
// rotation goes; an article telling several rotations names none in its
// lead and fills nothing. A unit coming home goes to its own country. A recalled
// deployment takes the area only when its sentence speaks of the mission
// ("has deployed battalions to the mission since 1998"): an earlier one
// may have gone elsewhere.
func (doc *doc) deploymentPlaces(mains, evs []*cand) {
	area := ""
	for _, c := range mains {
		if area == "" && c.ev.Type == "deployment" && c.ev.Place != "" && !c.bg && !c.past && !doc.homecoming(c) {
			area = c.ev.Place
		}
	}
	for _, c := range evs {
		if c.ev.Type == "deployment" && isCode(c.ev.Place) && !c.bg && !c.past && !doc.homecoming(c) {
			if base := doc.baseIn(c.sent, c.ev.Place); base != "" {
				c.ev.Place = base
			}
		}
	}
	ref, hasRef := doc.ref()
	landed := ""
	for _, c := range evs {
		if c.ev.Type != "deployment" || c.ev.Place != "" {
			if landed == "" && c.ev.Type == "deployment" && !c.bg && !c.past && doc.homecoming(c) && !isCode(c.ev.Place) {
				landed = c.ev.Place
			}
			continue
		}
		switch {
		case doc.homecoming(c):
			c.ev.Place = doc.homePlace(c)
		case c.bg || c.past || c.ownDate && doc.longBefore(c, ref, hasRef):
			if hasWord(doc.words[c.sent], "mission") {
				c.ev.Place = area
			}
		default:
			c.ev.Place = area
		}
	}
	doc.welcomePlaces(evs, landed)
}

// deploymentUnits gives each deployment of the story told without its
// unit ("The main body will depart in three waves", "An advance team of
// 100 soldiers left the airport on October 14") the unit the article's
// main deployment names: the parts of a rotation are that unit's. A
// recalled deployment keeps its own actors: an earlier rotation was
// another unit's.
func (doc *doc) deploymentUnits(mains, evs []*cand) {
	unit := ""
	for _, c := range mains {
		if unit == "" && c.ev.Type == "deployment" && !c.bg && !c.past && !doc.homecoming(c) {
			unit = c.ev.Unit
		}
	}
	if unit == "" {
		return
	}
	ref, hasRef := doc.ref()
	for _, c := range evs {
		if c.ev.Type != "deployment" || c.ev.Unit != "" || c.bg || c.past || c.ownDate && doc.longBefore(c, ref, hasRef) {
			continue
		}
		c.ev.Unit = unit
		if !contains(c.ev.Participants, unit) {
			c.ev.Participants = append(c.ev.Participants, unit)
		}
	}
}

// homeOf returns the country a deployment's unit belongs to: the state
// of its first participant that is a body or a person of one, else the
// article's own country when it is among the participants, else its
// first participant that is a country, else the article's own country.
func (doc *doc) homeOf(c *cand) string {
	orgs := doc.orgsByName()
	for _, p := range c.ev.Participants {
		// the state its named unit or official serves: a party named
		// near the trigger ("took over from Kenya's battalion") may come
		// first among its codes
		if e := orgs[p]; e != nil && e.Country != "" && !doc.missionLike(e) {
			return e.Country
		}
		if e := doc.personNamed(p); e != nil && e.Country != "" {
			return e.Country
		}
	}
	first := ""
	for _, p := range c.ev.Participants {
		if !isCode(p) {
			continue
		}
		if p == doc.home {
			return p // "a contingent in Lebanon ... will return home": the story's own state
		}
		if first == "" {
			first = p
		}
	}
	if first != "" {
		return first
	}
	return doc.home
}

// landingPlace returns where a unit coming home (trigger h of sentence s)
// lands, when the clause says so right after the trigger: "returned home
// on April 9, landing at X Airport", "on a chartered flight to X". The
// mission area the unit comes from ("who served on the Golan Heights",
// "from Abyei") is no place of a homecoming. It returns "" when none is
// named so.
func (doc *doc) landingPlace(s int, h hit) string {
	ws := doc.words[s]
	inside := doc.insideNames(s)
	for i, m := range doc.ments[s] {
		k := wordAt(ws, m.start)
		if k < h.b || inside[i] || m.e.Type != attache.Location {
			continue
		}
		if k-h.b > destReach || !onlyCommas(ws, h.b, k) {
			break
		}
		j := k - 1
		if j > 0 && ws[j].low == "the" {
			j--
		}
		if l := ws[j].low; l == "to" || l == "at" || l == "in" {
			return m.e.Name
		}
	}
	return ""
}

// baseWindow is how many sentences after a deployment may tell where its
// unit will be based.
const baseWindow = 5

// baseIn returns the place a deployment of sentence s to country code
// will be based at, when one of the next sentences says so: "The unit
// will be stationed in Bor", "will be based in Bunia". The place must not
// lie in another country. It returns "" when none is told.
func (doc *doc) baseIn(s int, code string) string {
	for k := s; k < len(doc.sents) && k-s <= baseWindow; k++ {
		ws := doc.words[k]
		for _, m := range doc.ments[k] {
			i := wordAt(ws, m.start)
			if m.e.Type != attache.Location || i < 4 || ws[i-1].low != "in" || !doc.d.places.based.has(ws[i-2].low) ||
				ws[i-3].low != "be" || !doc.d.places.ahead.has(ws[i-4].low) {
				continue
			}
			if c := doc.venueCountry(m.e); c == "" || c == code {
				return m.e.Name
			}
		}
	}
	return ""
}

// homePlace returns where a unit coming home lands when its sentence
// names no place: for the lead's homecoming, the dateline's city when it
// lies in the unit's country (the story is filed where the troops are
// welcomed), else that country.
func (doc *doc) homePlace(c *cand) string {
	home := doc.homeOf(c)
	if s := doc.leadDateline(); s >= 0 && doc.lead[c.sent] {
		if e := doc.dateline(s); e != nil && e.Type == attache.Location && doc.venueCountry(e) == home {
			return e.Name
		}
	}
	return home
}

// isUnit reports whether an organisation name names a military unit
// ("Bangladesh Battalion-20" too: a number may be hyphened to the word).
func (doc *doc) isUnit(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), unitSep) {
		if doc.d.rules.unit.matches(word{low: w}) {
			return true
		}
	}
	return false
}

// countryName returns the knowledge-base name of a country code, or the code.
func (d *Detector) countryName(code string) string {
	if n := d.country[code]; n != "" {
		return n
	}
	return code
}

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// ceremonyUnits gives each ceremony that speaks of a unit without naming
// it ("the contingent was seen off", "the troops received their medals")
// the unit of the story: a send-off, a homecoming or a medal parade
// honours the unit the article is about.
func (doc *doc) ceremonyUnits(mains, evs []*cand) {
	unit := ""
	for _, c := range mains {
		if unit == "" && c.ev.Type == "deployment" && !c.bg && !c.past {
			unit = c.ev.Unit
		}
	}
	for _, c := range evs {
		if c.ev.Type != "ceremony" || c.bg || c.past || c.r.pattern[0].ordinal || !doc.speaksOfUnit(c.sent) {
			continue
		}
		if unit == "" {
			if unit = doc.storyUnit(); unit == "" {
				return
			}
		}
		if !doc.hasUnit(c.ev.Participants) {
			c.ev.Participants = append(c.ev.Participants, unit)
		}
	}
}

// speaksOfUnit reports whether sentence s speaks of a unit or of troops
// ("the contingent", "280 peacekeepers").
func (doc *doc) speaksOfUnit(s int) bool {
	for _, w := range doc.words[s] {
		if doc.d.rules.unit.matches(w) || doc.d.rules.people.matches(w) {
			return true
		}
	}
	return false
}

// hasUnit reports whether one of ps names a military unit.
func (doc *doc) hasUnit(ps []string) bool {
	for _, p := range ps {
		if !isCode(p) && doc.isUnit(p) {
			return true
		}
	}
	return false
}

// storyUnit returns the first unit the headline or lead names: not a
// mission nor an international body ("the UN Mission in South Sudan").
func (doc *doc) storyUnit() string {
	for s, ms := range doc.ments {
		if !doc.lead[s] {
			continue
		}
		for _, m := range ms {
			if m.e.Type == attache.Organization && !doc.info[m.e].isMission && !doc.info[m.e].intl && doc.isUnit(m.e.Name) {
				return m.e.Name
			}
		}
	}
	return ""
}

// unitSep splits a unit's name into words: at spaces and hyphens.
func unitSep(r rune) bool { return r == ' ' || r == '-' }
