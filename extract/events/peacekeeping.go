package events

import (
	"strings"

	"attache"
)

// mission returns the knowledge-base mission e names.
func (d *Detector) mission(e *attache.Entity) (mission, bool) {
	if e.Type != attache.Organization {
		return mission{}, false
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if m, ok := d.missions[d.key(n)]; ok {
			return m, true
		}
	}
	return mission{}, false
}

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
			if c.ev.Place == "" && ms.host != "" {
				c.ev.Place = d.countryName(ms.host)
			}
		}
		// the sender ("The Indian Air Force has deployed") is no host
		if m.e.Type == attache.Country && m.e.Country != "" && m.e.Country != doc.home &&
			(len(c.ev.Participants) == 0 || m.e.Country != c.ev.Participants[0]) {
			hosts = append(hosts, m.e.Country)
		}
		if m.e.Type == attache.Organization && c.ev.Unit == "" && doc.isUnit(m.e.Name) {
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
	if c.ev.Place == "" && len(hosts) > 0 {
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

// isUnit reports whether an organisation name names a military unit.
func (doc *doc) isUnit(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
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
