package extract

import (
	"attache"
	"attache/extract/text"
)

// take frees tokens [s, e) for a longer name: every mention lying inside
// the range is removed from its entity, and the tokens lose their labels.
// An entity left with no mention disappears from the output.
func (d *doc) take(s, e int) {
	a, b := d.toks[s].Start, d.toks[e-1].End
	for i := s; i < e; i++ {
		c := d.lab[i]
		if c == nil {
			continue
		}
		kept := c.mentions[:0]
		for _, m := range c.mentions {
			if m.Start < a || m.End > b {
				kept = append(kept, m)
			}
		}
		c.mentions = kept
		d.lab[i] = nil
		d.unlabelled++
	}
}

// eventVenue returns the first token of a school or training site named
// over tokens [s, h2), the body it belongs to included ("Nepali Army"
// Battle School), when the sentence holds an event there: "launched the
// exercise at the Army Training School", "the graduation ceremony at the
// Military College", "the conclave opened at the Naval War College".
// Used as the venue, the site is a place (EXTRACTION.md); "officers study
// at the Naval Academy" keeps the school a body. It returns -1 otherwise.
func (d *doc) eventVenue(s, h2 int) int {
	if !d.textIs(h2-1, cTrainingsite) {
		return -1
	}
	for s > 0 && d.lab[s-1] != nil && d.lab[s-1].typ == attache.Organization && d.toks[s-1].Cap {
		s--
	}
	j := s - 1
	if j >= 0 && d.toks[j].Fold == "the" {
		j--
	}
	if j < 0 || d.toks[j].Fold != "at" || d.toks[j].Cap {
		return -1
	}
	sent := d.toks[s].Sent
	// the event is told in the same clause, a few words before: a bound
	// keeps a flood of sites in one sentence linear
	for k := j - 1; k >= 0 && j-k <= 40 && d.toks[k].Sent == sent; k-- {
		if t := &d.toks[k]; !t.Cap && t.Kind == text.Word && d.x.is(cHostword, t.Fold) {
			return s
		}
	}
	return -1
}

// atSite reports whether the name starting at token s follows "at" or
// "in" (possibly with "the"): "at Air Headquarters", "at the Hong Ha
// Shipyard". A site named so is a place where something happens, not the
// body that runs it.
func (d *doc) atSite(s int) bool {
	j := s - 1
	if j >= 0 && d.toks[j].Fold == "the" && !d.toks[j].Cap {
		j--
	}
	return j >= 0 && !d.toks[j].Cap && (d.toks[j].Fold == "at" || d.toks[j].Fold == "in")
}

// facilityPlaces finds sites named around a facility word that the
// other patterns leave out: an operator's acronym before it and a place
// after it ("RAAF Base Darwin", "Naval Base San Diego").
func (d *doc) facilityPlaces() {
	n := len(d.toks)
	for i := d.headline; i+1 < n; i++ {
		t := &d.toks[i]
		if !t.Cap || t.Kind != text.Word || !d.textIs(i, cFacility) || !d.textIs(i, cPlacehead) || d.lab[i] != nil {
			continue
		}
		// the name goes on with capitalised words in the same sentence
		e := i + 1
		for e < n && e-i <= 3 && d.toks[e].Cap && d.toks[e].Kind == text.Word && d.toks[e].Sent == t.Sent &&
			!d.textIs(e, cFunction|cStop) && (d.lab[e] == nil || d.lab[e].typ == attache.Location) {
			e++
		}
		if e == i+1 {
			continue
		}
		s := i
		if s > 0 && d.toks[s-1].Upper && d.toks[s-1].Kind == text.Word && d.toks[s-1].Sent == t.Sent {
			s-- // the operator: "RAAF Base"
		} else {
			for s > 0 && i-s < 2 && d.toks[s-1].Cap && d.toks[s-1].Kind == text.Word && d.lab[s-1] == nil && !d.toks[s-1].SentStart && !d.textIs(s-1, cFunction|cStop) {
				s--
			}
		}
		if s == i && !d.atSite(i) {
			continue
		}
		d.takeSite(s, e)
		i = e - 1
	}
}

// namedSites finds a site named by a known place or venue and a facility
// word after "at" or "in": "at the Itaguaí Naval Complex", "moored at the
// Sentosa Marina". The whole name is one place, which takes over the
// place or acronym inside it.
func (d *doc) namedSites() {
	n := len(d.toks)
	for i := d.headline + 1; i < n; i++ {
		t := &d.toks[i]
		if !t.Cap || t.Kind != text.Word || !d.textIs(i, cFacility|cSitehead) {
			continue
		}
		if i+1 < n && d.toks[i+1].Cap && d.toks[i+1].Kind == text.Word && d.toks[i+1].Sent == t.Sent {
			continue // the name goes on: facilityPlaces' "Base Darwin"
		}
		if d.textIs(i, cSitehead) && d.siteName(i) {
			continue
		}
		if !d.textIs(i, cFacility) || d.lab[i] != nil && d.lab[i].typ != attache.Location {
			continue
		}
		s := i
		for s > d.headline && i-s < 3 && d.toks[s-1].Cap && d.toks[s-1].Kind == text.Word && d.toks[s-1].Sent == t.Sent &&
			!d.toks[s-1].SentStart && !d.textIs(s-1, cFunction|cStop) {
			s--
		}
		// the name must open with a place the knowledge base or the text
		// already knows, so that "at the Naval Complex" stays generic
		place := d.known[s].kind == kPlace || d.lab[s] != nil && d.lab[s].typ == attache.Location
		if s == i || !place || !d.atSite(s) {
			continue
		}
		d.takeSite(s, i+1)
	}
}

// siteName takes a site named by any proper name before a site head word
// as a place when one is at or in it: "at Bentong Camp", "in the
// Bayintnaung Villa", "at Roesmin Nurjadin Air Force Base". The first word
// must be a proper name, not a generic word, so that "at the Naval Base"
// or "at Army Camp" stays generic; an organisation inside the name
// ("Roesmin Nurjadin Air Force") gives way to the site.
func (d *doc) siteName(i int) bool {
	t := &d.toks[i]
	s := i
	for s > d.headline && i-s < 4 && d.toks[s-1].Cap && d.toks[s-1].Kind == text.Word && d.toks[s-1].Sent == t.Sent &&
		!d.toks[s-1].SentStart && !d.textIs(s-1, cFunction) && (d.lab[s-1] == nil || d.lab[s-1].typ != attache.Person) {
		s--
	}
	for s < i && !d.atSite(s) && !d.ownedSite(s) && !d.visitedSite(s) {
		s++
	}
	if c := d.lab[i]; c != nil && c.typ == attache.Person {
		return false
	}
	if s == i || d.x.is(cStop|cDomain|cOrghead|cTitleword|cPlacehead|cFacility, d.toks[s].Text) || d.known[s].kind != 0 && d.known[s].kind != kPlace {
		return false
	}
	// an organisation that began before the site's name keeps its tokens
	if c := d.lab[s]; c != nil && c.typ == attache.Organization && s > 0 && d.lab[s-1] == c {
		return false
	}
	d.takeSite(s, i+1)
	return true
}

// takeSite records the site named over tokens [s, e) as a place, taking
// the tokens from any shorter name inside it; a site met before keeps
// its country.
func (d *doc) takeSite(s, e int) {
	d.take(s, e)
	c := d.get(attache.Location, unitKey(d.toks[s:e]), d.span(s, e))
	if c.country == "" {
		c.country = d.placeCountry(s, e, -1)
	}
	d.add(c, s, e)
}

// visitedSite reports a site name at token s right after a verb of going
// to a site (lexicon siteverb): "toured Terendak Camp", "inspected the
// Bentong Camp".
func (d *doc) visitedSite(s int) bool {
	j := s - 1
	if j >= 0 && d.toks[j].Fold == "the" && !d.toks[j].Cap {
		j--
	}
	return j >= 0 && !d.toks[j].Cap && d.toks[j].Kind == text.Word && d.foldIs(j, cSiteverb)
}

// ownedSite reports a site name at token s after a body's or state's
// possessive: "the Royal Thai Army's Vachiraprakan Camp", "Malaysia's
// Bentong Camp".
func (d *doc) ownedSite(s int) bool {
	if s < 3 || d.toks[s-1].Fold != "s" || d.toks[s-2].Fold != "'" || d.toks[s-1].Start != d.toks[s-2].End || d.toks[s-2].Start != d.toks[s-3].End {
		return false
	}
	c := d.lab[s-3]
	return c != nil && c.typ != attache.Person || d.known[s-3].kind != 0
}

// inPost reports an organisation name over [s, e) that only ends a known
// post: "Air Staff" in "Chief of the Air Staff". A name that goes on past
// the post ("Security Council of the Russian Federation" after "Secretary
// of the Security Council") is a body of its own.
func (d *doc) inPost(s, e int) bool {
	if s == 0 || !d.post[s-1] || e < len(d.toks) && d.post[e] {
		return false
	}
	for i := s; i < e; i++ {
		if !d.post[i] {
			return false
		}
	}
	return true
}

// siteAlias takes a capitalised name in parentheses after a site as its
// other name: "Air Headquarters (Vayu Bhawan)".
func (d *doc) siteAlias(c *cand, e int) {
	if e >= len(d.toks) || d.toks[e].Fold != "(" {
		return
	}
	k := e + 1
	for k < len(d.toks) && k-e <= 4 && d.toks[k].Cap && d.toks[k].Kind == text.Word && d.lab[k] == nil {
		k++
	}
	if k == e+1 || k >= len(d.toks) || d.toks[k].Fold != ")" {
		return
	}
	d.add(c, e+1, k)
}
