package extract

import (
	"attache"
	"attache/extract/text"
)

// sitePatterns finds places named in three shapes the other place steps
// leave out: a training area ("Five Hills Training Area", "Shoalwater Bay
// Training Area"), a numbered pier or berth ("Pier 15"), and a site
// named "of" what it honours or serves ("Tomb of the Unknown Soldier",
// "Museum of the Great Patriotic War", "Port of Tokyo").
func (d *doc) sitePatterns() {
	for i := d.headline + 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.Cap || t.Kind != text.Word {
			continue
		}
		switch {
		case d.foldIs(i, cSitekind) && d.toks[i-1].Cap && d.textIs(i-1, cDomain):
			i = d.trainingArea(i)
		case d.textIs(i, cFacility) && i+1 < len(d.toks) && d.toks[i+1].Kind == text.Number && d.toks[i+1].Start > t.End && d.lab[i] == nil:
			c := d.get(attache.Location, unitKey(d.toks[i:i+2]), d.span(i, i+2))
			c.country = d.home
			d.add(c, i, i+2)
			i++
		case d.textIs(i, cPlacehead) && d.lab[i] == nil:
			i = d.siteOf(i)
		}
	}
}

// trainingArea records the area whose kind word is at token i ("Area" of
// "Training Area") with the one to three capitalised words before its
// field word, a known place among them, and returns its last token.
func (d *doc) trainingArea(i int) int {
	f := i - 1 // "Training"
	s := f
	for s > 0 && f-s < 3 && d.toks[s-1].Cap && d.toks[s-1].Kind == text.Word && d.toks[s-1].Sent == d.toks[i].Sent &&
		(d.lab[s-1] == nil || d.lab[s-1].typ == attache.Location) && !d.x.is(cFunction|cStop, d.toks[s-1].Text) {
		s--
	}
	if s == f || d.lab[i] != nil || d.lab[f] != nil {
		return i
	}
	// a hyphened pair opens the name: "Omani-British Joint Training Area"
	if s >= 2 && d.toks[s-1].Fold == "-" && d.toks[s-1].Start == d.toks[s-2].End && d.toks[s].Start == d.toks[s-1].End &&
		d.toks[s-2].Cap && d.toks[s-2].Kind == text.Word && (d.lab[s-2] == nil || d.lab[s-2].typ == attache.Location) && !d.x.is(cFunction|cStop, d.toks[s-2].Text) {
		s -= 2
	}
	d.take(s, i+1)
	c := d.get(attache.Location, unitKey(d.toks[s:i+1]), d.span(s, i+1))
	c.country = d.placeCountry(s, i+1, -1)
	d.add(c, s, i+1)
	return i
}

// siteOf records a site named by its place word and "of (the)" or "to"
// with one to four capitalised words ("Tomb of the Unknown Soldier",
// "National Monument to Heroes"), and returns its last token, or i.
func (d *doc) siteOf(i int) int {
	n := len(d.toks)
	if i+2 >= n || d.toks[i+1].Fold != "of" && d.toks[i+1].Fold != "to" || d.toks[i+1].Cap {
		return i
	}
	to := d.toks[i+1].Fold == "to"
	if to && d.textIs(i, cFacility) {
		return i // a trip, not a name: "from El Palomar Air Base to Larnaca"
	}
	j := i + 2
	if d.toks[j].Fold == "the" && !d.toks[j].Cap {
		j++
	}
	if d.toks[i].Fold == "state" && j < n && d.known[j].kind == kCountry {
		return i // a state's formal name is the state: "the State of Kuwait"
	}
	e := j
	for e < n && e-j < 4 && d.toks[e].Cap && d.toks[e].Kind == text.Word && d.toks[e].Sent == d.toks[i].Sent && (d.lab[e] == nil || d.lab[e].typ == attache.Location) {
		e++
	}
	for k := j; to && k < e; k++ {
		if d.known[k].kind != 0 || d.lab[k] != nil {
			return i // "to" a known place is where one goes
		}
	}
	if e == j || e < n && d.toks[e].Cap && d.toks[e].Sent == d.toks[i].Sent || !d.free(i, i+1) || d.textIs(e-1, cOrgprefix) {
		return i // a body named after the site: "Port of Singapore Authority"
	}
	s := i // the words before the place word: "Lao National Monument to Heroes"
	for s > d.headline && i-s < 3 && d.toks[s-1].Cap && d.toks[s-1].Kind == text.Word && d.toks[s-1].Sent == d.toks[i].Sent &&
		d.lab[s-1] == nil && !d.toks[s-1].SentStart && !d.x.is(cFunction|cVerb, d.toks[s-1].Text) {
		s--
	}
	d.take(s, e)
	c := d.get(attache.Location, unitKey(d.toks[s:e]), d.span(s, e))
	c.country = d.placeCountry(s, e, -1)
	d.add(c, s, e)
	return e - 1
}
