package extract

import (
	"cmp"
	"slices"
	"strings"

	"attache"
	"attache/extract/text"
)

// statePrefixes adds, as another form of an organisation, its name with
// the state written right before it: "the US Defense POW/MIA Accounting
// Agency", "the Brazilian Ministry of Defence", "the Korea National
// Defense University". Agencies write the body's name with and without
// its state, and the knowledge base lists the bare name. The state so
// written is the body's, whichever state's body the bare name is known
// as: the Korea National Defense University is no Chinese college.
func (d *doc) statePrefixes() {
	// the country matches do not overlap and come in text order: their
	// ends rise, and the one ending at a token is found by halves
	endingAt := func(s int) (match, bool) {
		k, ok := slices.BinarySearchFunc(d.cmatch, s, func(m match, s int) int { return cmp.Compare(m.end, s) })
		if !ok {
			return match{}, false
		}
		return d.cmatch[k], true
	}
	for _, c := range d.cands {
		if c.typ != attache.Organization {
			continue
		}
		for _, m := range c.mentions {
			s, e := d.tokenRange(m.Start, m.End)
			cm, ok := endingAt(s)
			p := cm.start
			if !ok || s >= e || d.lab[p] != nil || d.toks[p].Sent != d.toks[s].Sent || p > 0 && d.toks[p-1].Fold == "'" {
				continue
			}
			if d.toks[s].Upper {
				continue // an acronym: "US JCS" is no name
			}
			c.addForm(d.span(p, e))
			if code := d.x.kb.Countries[cm.p.entries[0].index].Code; c.country != code && d.known[s].kind == kOrg {
				c.country = code
			}
		}
	}
}

// mergeStateForms joins organisations named once with the state's name and
// once with its demonym ("Vietnam Border Guard", "Vietnamese Border
// Guard"): one body, named as first written.
func (d *doc) mergeStateForms() {
	first := map[string]*cand{}
	for _, c := range d.cands {
		if c.typ != attache.Organization || len(c.mentions) == 0 {
			continue
		}
		sp := strings.IndexByte(c.name, ' ')
		if sp < 0 || d.x.countryOf(strings.ToLower(c.name[:sp])) == "" {
			continue // most names open with no state's word: skip tokenizing them
		}
		toks := d.nameTokens(c.name)
		code := d.x.countryOf(toks[0].Fold)
		if code == "" || len(toks) < 2 {
			continue
		}
		var rest []string
		for _, t := range toks[1:] {
			rest = append(rest, t.Fold)
		}
		k := code + "|" + strings.Join(rest, " ")
		o := first[k]
		if o == nil {
			first[k] = c
			continue
		}
		o.takeIn(c)
	}
}

// bareForms adds, as another form of an organisation named with its
// state's demonym or name before it, the name without it: "Japanese
// Ground Self-Defense Force" is also "Ground Self-Defense Force", as
// agencies and the other reports write it. The rest must be a name of
// its own: two words or more ending in a head word, not all of them
// common words.
func (d *doc) bareForms() {
	for _, m := range d.cmatch {
		c := d.lab[m.start]
		if c == nil || c.typ != attache.Organization || m.start > 0 && d.lab[m.start-1] == c {
			continue
		}
		e := m.end
		for e < len(d.toks) && e-m.end < 12 && d.lab[e] == c { // a name is short: a flood of one label stays linear
			e++
		}
		if e-m.end < 2 || !d.toks[m.end].Cap || !d.textIs(e-1, cOrghead) || d.genericName(m.end, e) {
			continue
		}
		c.addForm(d.span(m.end, e))
	}
}

// genericName reports a name over tokens [s, e) made of head, field and
// qualifier words only ("Defence Ministry", "Armed Forces"), which many
// states' bodies bear.
func (d *doc) genericName(s, e int) bool {
	for i := s; i < e; i++ {
		if t := &d.toks[i]; t.Kind == text.Word && !d.x.is(cOrghead|cDomain|cTitleword, t.Text) {
			return false
		}
	}
	return true
}
