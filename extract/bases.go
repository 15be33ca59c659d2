package extract

import (
	"attache"
	"attache/extract/text"
)

// namedBases finds sites named by a proper name the knowledge base does
// not know and a lower-case site phrase: "Roesmin Nurjadin air base",
// "El Bosque air base", "Phonkheng military training ground". Agencies
// write bases and ranges so in every country; the name alone would read
// as a person's.
func (d *doc) namedBases() {
	for i := d.headline + 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.Cap || t.Kind != text.Word || !d.textIs(i, cFacility|cSitekind) {
			continue
		}
		f := i // first word of the site phrase: "air" of "air base"
		for f > 0 && i-f < 2 && !d.toks[f-1].Cap && d.toks[f-1].Kind == text.Word && d.x.isCapitalized(cDomain|cTitleword, d.toks[f-1].Fold) {
			f--
		}
		if f == i && !d.textIs(i, cFacility) {
			continue // a kind word alone ("ground", "area") needs its kind
		}
		s := d.baseNameStart(f)
		if s == f {
			continue
		}
		e := i + 1
		for k := s; k < f; k++ {
			if d.textIs(k, cFacility|cSitehead) {
				e = f // a site's own name before a description: "Camp Fuji" of "the Camp Fuji training area"
			}
		}
		c := d.get(attache.Location, unitKey(d.toks[s:e]), d.span(s, e))
		c.country = d.placeCountry(s, e, -1)
		d.add(c, s, e)
	}
}

// baseNameStart returns the first token of one to three free, unknown
// capitalised words before the site phrase at f, joined by name particles
// ("Said bin Sultan"), after a lower-case word ("at", "the"); f when
// there are none.
func (d *doc) baseNameStart(f int) int {
	s, words := f, 0
	for s > 0 && f-s < 5 {
		p := &d.toks[s-1]
		if p.Sent != d.toks[f].Sent || d.lab[s-1] != nil || d.known[s-1].kind != 0 || p.SentStart {
			break
		}
		switch {
		case p.Kind == text.Word && p.Cap && !p.Upper && !d.x.is(cFunction|cStop|cPosthead|cOrghead|cDomain|cTitleword|cHonorific|cVessel, p.Text):
			words++
		case p.Kind == text.Word && !p.Cap && d.x.is(cParticle, p.Text) && words > 0 && s >= 2 && d.toks[s-2].Cap:
		case p.Fold == "-" && words > 0 && s >= 2 && d.toks[s-2].Cap && d.toks[s-2].End == p.Start && p.End == d.toks[s].Start:
			// a hyphened name: "Al-Tahrir camp"
		default:
			return d.baseOpened(s, f, words)
		}
		s--
	}
	return d.baseOpened(s, f, words)
}

// baseOpened returns s when the words [s, f) are a site's name: one to
// three of them, opened by a lower-case word; else f.
func (d *doc) baseOpened(s, f, words int) int {
	if words == 0 || words > 3 || s == 0 || d.toks[s-1].Cap || d.toks[s-1].Kind != text.Word {
		return f
	}
	return s
}
