package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
)

// placePatterns finds places the knowledge base does not know: names ending
// in a place word ("East Sea", "Red Square", "Military History Museum"),
// "in X, Country", "X province", and places inside organisation names
// ("UN Interim Security Force for Abyei").
func (d *doc) placePatterns() {
	n := len(d.toks)
	for i := d.headline; i < n; i++ {
		t := &d.toks[i]
		switch {
		case d.lab[i] == nil && t.Cap && d.textIs(i, cPlacehead) && !(i+1 < n && d.toks[i+1].Cap && d.textIs(i+1, cOrghead|cPosthead)):
			s, owner := d.placeLeft(i)
			if s == i && d.textIs(i, cPlacefirst) {
				d.placeFirst(i) // a kind word told either side: "Fort Tabinga", "Bahla Fort"
				continue
			}
			// the body a museum is named after keeps its mention: the
			// place's name holds it ("Sultan's Armed Forces Museum")
			if s == i || !d.free(s, i+1) && d.bodyBefore(i, i) != s {
				continue
			}
			c := d.get(attache.Location, unitKey(d.toks[s:i+1]), d.span(s, i+1))
			c.country = d.placeCountry(s, i+1, owner)
			d.add(c, s, i+1)
		case d.lab[i] == nil && t.Cap && d.textIs(i, cPlacefirst):
			d.placeFirst(i)
		case t.Kind == text.Word && !t.Cap && strings.HasSuffix(t.Fold, "s") && i >= 4 && d.x.is(cPlacehead, capitalize(singular(t.Fold))):
			d.placeEllipsis(i)
		case t.Kind == text.Word && !t.Cap && (t.Fold == "in" || t.Fold == "at"):
			d.placeIn(i + 1)
		case t.Kind == text.Word && !t.Cap && d.textIs(i, cPlaceword) && i > 0 && d.lab[i-1] == nil && d.toks[i-1].Cap:
			s := i - 1
			for s > 0 && i-s < 3 && d.lab[s-1] == nil && d.toks[s-1].Cap && d.toks[s-1].Kind == text.Word && !d.toks[s-1].SentStart && !d.textIs(s-1, cFunction) {
				s--
			}
			s = d.memorialOf(s, i)
			if d.known[s].kind != 0 || d.textIs(s, cFunction) || d.toks[s].SentStart {
				continue
			}
			e := i
			if d.textIs(i, cFacility|cGeohead) {
				e = i + 1 // a site or area keeps its word: "Kubinka airfield", "Pursat province"
			}
			c := d.get(attache.Location, unitKey(d.toks[s:e]), d.span(s, e))
			c.country = d.home
			d.add(c, s, e)
			if e > i && d.textIs(i, cGeohead) {
				c.addForm(d.span(s, i)) // "Pursat province" is also "Pursat"
			}
		}
	}
	// places inside organisation names: "Force for Abyei"
	for _, c := range d.cands {
		if c.typ != attache.Organization {
			continue
		}
		for _, m := range c.mentions {
			s, e := d.tokenRange(m.Start, m.End)
			for j := s; j+1 < e; j++ {
				if (d.toks[j].Fold == "for" || d.toks[j].Fold == "in") && d.toks[j+1].Cap && e-(j+1) <= 2 && d.x.countryOf(unitKey(d.toks[j+1:e])) == "" && d.x.countryName(d.span(j+1, e)) == "" && !d.anyIs(j+1, e, cDomain|cOrghead) {
					p := d.get(attache.Location, unitKey(d.toks[j+1:e]), d.span(j+1, e))
					mm := d.mention(j+1, e)
					p.mentions = append(p.mentions, mm)
					p.credit = false
				}
			}
		}
	}
}

// memorialOf extends back the name of the site whose lower-case kind
// word is at token h and whose capitalised words start at s across an "of
// (the)" that joins what it honours ("the Defenders of the Fatherland
// monument"), and returns the name's first token.
func (d *doc) memorialOf(s, h int) int {
	if !d.textIs(h, cMemorial) {
		return s
	}
	k := s - 1
	if k > 0 && d.toks[k].Fold == "the" && !d.toks[k].Cap {
		k--
	}
	if k < 1 || d.toks[k].Fold != "of" || d.toks[k].Cap || !d.toks[k-1].Cap || d.toks[k-1].Kind != text.Word || d.lab[k-1] != nil || d.toks[k-1].Sent != d.toks[h].Sent {
		return s
	}
	f := k - 1
	for f > 0 && k-f < 3 && d.lab[f-1] == nil && d.toks[f-1].Cap && d.toks[f-1].Kind == text.Word && !d.toks[f-1].SentStart && !d.textIs(f-1, cFunction) {
		f--
	}
	if d.toks[f].SentStart || d.textIs(f, cFunction|cStop) {
		return s
	}
	return f
}

// placeFirst records the place whose kind word opens its name at token h
// ("Plaza San Martín", "Edificio Libertador", "Dataran Pahlawan Negara"):
// the kind word and one to four capitalised words after it, joined by
// the lower-case particles of the lexicon ("Plaza de Mayo", "Praça dos
// Três Poderes").
func (d *doc) placeFirst(h int) {
	n := len(d.toks)
	e := h + 1
	for e < n && e-h <= 6 && d.toks[e].Sent == d.toks[h].Sent && d.lab[e] == nil && d.toks[e].Kind == text.Word {
		switch {
		case d.toks[e].Cap && !d.x.is(cStop|cFunction|cOrghead|cPosthead|cTitleword|cHonorific, d.toks[e].Text) && d.known[e].kind != kRank:
			e++
			continue
		case d.foldIs(e, cParticle) && e+1 < n && (d.toks[e+1].Cap || d.foldIs(e+1, cParticle)):
			e++
			continue
		}
		break
	}
	for e > h+1 && !d.toks[e-1].Cap {
		e-- // a name ends on a name word, not on a link
	}
	if e == h+1 || !d.free(h, e) {
		return
	}
	c := d.get(attache.Location, unitKey(d.toks[h:e]), d.span(h, e))
	c.country = d.placeCountry(h, e, -1)
	d.add(c, h, e)
}

// placeEllipsis reads two places sharing their last words before the
// plural head at token h: "the East and South China seas" names the East
// China Sea and the South China Sea.
func (d *doc) placeEllipsis(h int) {
	m := h // the shared words run from m to h
	for m > 0 && h-m < 3 && d.toks[m-1].Cap && d.toks[m-1].Kind == text.Word && d.lab[m-1] == nil {
		m--
	}
	if m == h || m < 3 || d.toks[m-1].Fold != "and" {
		return
	}
	// the second place's own word is the first of the shared run
	a := m - 2
	if !d.toks[a].Cap || d.toks[a].Kind != text.Word || d.lab[a] != nil || d.textIs(a, cFunction) {
		return
	}
	head := capitalize(singular(d.toks[h].Fold))
	shared := " "
	if m+1 < h {
		shared = " " + d.span(m+1, h) + " " // "China" of "East and South China seas"
	}
	first := d.span(a, a+1) + shared + head
	second := d.span(m, h) + " " + head
	for _, name := range []string{first, second} {
		c := d.get(attache.Location, unitKey(d.nameTokens(name)), name)
		c.mentions = append(c.mentions, d.mention(a, h+1))
		c.addForm(name)
		c.credit = false
		for k := a; k <= h; k++ {
			d.lab[k] = c // "China" there names a sea, not the state
		}
	}
}

// anyIs reports whether a token of [s, e) is in a lexicon category of cat.
func (d *doc) anyIs(s, e int, cat lexCat) bool {
	for i := s; i < e; i++ {
		if d.textIs(i, cat) {
			return true
		}
	}
	return false
}

// placeLeft extends a place name left of its head word; owner is the
// token of a possessor place ("Moscow's Red Square"), or -1.
func (d *doc) placeLeft(h int) (s, owner int) {
	s, owner = h, -1
	for s > 0 {
		p := &d.toks[s-1]
		if p.Sent == d.toks[h].Sent && s == h && p.Upper && d.lab[s-1] != nil && d.lab[s-1].typ == attache.Organization && d.toks[h].Fold == "house" {
			d.take(s-1, s) // a body's house is a place: "UN House"
			s--
			break
		}
		if k := d.bodyBefore(s, h); k < s {
			s = k // a body's museum is a place: "Sultan's Armed Forces Museum"
			break
		}
		if p.Sent != d.toks[h].Sent || d.lab[s-1] != nil && d.known[s-1].kind != kCountry {
			break
		}
		if p.Fold == "s" && s >= 3 && d.toks[s-2].Fold == "'" {
			owner = s - 3
			break
		}
		if s == h && d.rankRightBefore(h) {
			break // a rank before a place word names a person: "General Park"
		}
		if d.placeParticle(s, h) {
			s--
			continue // "Said bin Sultan Naval Base"
		}
		if p.Kind != text.Word || !p.Cap || d.x.is(cFunction, p.Text) || d.x.is(cPosthead, p.Text) && !(d.x.is(cHonorific, p.Text) && s < h) || p.SentStart && d.known[s-1].kind == 0 {
			// a ruler's name stays: "King George Island"
			if p.Fold == "-" && s >= 2 && d.toks[s-2].Cap {
				s--
				continue
			}
			break
		}
		s--
	}
	return d.regionAnd(s, h), owner
}

// placeCountry: a country named inside, the possessor's country, none for
// seas and oceans, else the article's own country.
func (d *doc) placeCountry(s, e, owner int) string {
	for i := s; i < e; i++ {
		if k := d.known[i]; k.kind == kCountry || k.kind == kDemonym {
			return d.x.kb.Countries[k.index].Code
		}
	}
	if owner >= 0 {
		if k := d.known[owner]; k.kind == kPlace {
			return d.x.kb.Places[k.index].Country
		} else if k.kind == kCountry {
			return d.x.kb.Countries[k.index].Code
		}
	}
	switch d.toks[e-1].Fold {
	case "sea", "ocean", "gulf", "strait", "straits", "channel":
		return ""
	}
	return d.home
}

// placeIn reads "X, Country" or "X, Place" after "in"/"at" at token s.
func (d *doc) placeIn(s int) {
	e := s
	// a name ends with its line: a headline's last word and the dateline
	// under it ("... in Bentong" / "BENTONG, Pahang") are two
	for e < len(d.toks) && e-s < 3 && (e == s || !d.toks[e].LineStart) && d.lab[e] == nil && d.known[e].kind == 0 && d.toks[e].Cap && d.toks[e].Kind == text.Word && !d.textIs(e, cFunction) && !d.textIs(e, cStop) {
		e++
	}
	if e == s || e+1 >= len(d.toks) || d.toks[e].Fold != "," {
		return
	}
	k := d.known[e+1]
	if !d.kstart[e+1] || k.kind != kCountry && k.kind != kPlace {
		return
	}
	c := d.get(attache.Location, unitKey(d.toks[s:e]), d.span(s, e))
	if k.kind == kCountry {
		c.country = d.x.kb.Countries[k.index].Code
	} else {
		c.country = d.x.kb.Places[k.index].Country
	}
	d.add(c, s, e)
}

// bodyBefore returns the first token of the known body named right
// before the memorial word at h (s == h): a museum, memorial or cemetery
// named after a body is a place ("the Sultan's Armed Forces Museum", "the
// People's Army Cemetery"), and the body stays mentioned; s otherwise.
func (d *doc) bodyBefore(s, h int) int {
	if s != h || !d.textIs(h, cMemorial) {
		return s
	}
	c := d.lab[s-1]
	if c == nil || c.typ != attache.Organization || d.known[s-1].kind != kOrg || d.toks[s-1].Sent != d.toks[h].Sent {
		return s
	}
	k := s - 1
	for k > 0 && d.lab[k-1] == c && !d.kstart[k] {
		k--
	}
	return k
}
