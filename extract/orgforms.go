package extract

import "attache"

// statePrefixes adds, as another form of an organisation, its name with
// the state written right before it: "the US Defense POW/MIA Accounting
// Agency", "the Brazilian Ministry of Defence", "the Korea National
// Defense University". Agencies write the body's name with and without
// its state, and the knowledge base lists the bare name.
func (d *doc) statePrefixes() {
	ends := map[int]int{} // token after a country match → its first token
	for _, m := range d.cmatch {
		ends[m.end] = m.start
	}
	for _, c := range d.cands {
		if c.typ != attache.Organization {
			continue
		}
		for _, m := range c.mentions {
			s, e := d.tokenRange(m.Start, m.End)
			p, ok := ends[s]
			if !ok || s >= e || d.lab[p] != nil || d.toks[p].Sent != d.toks[s].Sent || p > 0 && d.toks[p-1].Fold == "'" {
				continue
			}
			if d.toks[s].Upper {
				continue // an acronym: "US JCS" is no name
			}
			c.addForm(d.span(p, e))
		}
	}
}
