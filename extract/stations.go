package extract

import (
	"attache"
	"attache/extract/text"
)

// stations finds bases named "<service> Station <name>": "Air Force
// Station Yelahanka", "Naval Station Jose Andrada", "Naval Air Station
// Sangley Point". The service words before the station word and the one
// to three capitalised words after it make one place, so that neither
// the service ("Air Force") nor the name after it ("Jose Andrada") is
// read on its own.
func (d *doc) stations() {
	n := len(d.toks)
	for i := d.headline + 1; i+1 < n; i++ {
		t := &d.toks[i]
		if !t.Cap || !d.textIs(i, cStationword) || d.lab[i] != nil {
			continue
		}
		s := i
		for s > 0 && i-s < 3 && d.toks[s-1].Cap && d.toks[s-1].Kind == text.Word && d.toks[s-1].Sent == t.Sent && d.lab[s-1] == nil && d.textIs(s-1, cOrghead|cTitleword|cDomain) {
			s--
		}
		e := i + 1
		for e < n && e-i <= 3 && d.toks[e].Cap && d.toks[e].Kind == text.Word && d.toks[e].Sent == t.Sent && d.lab[e] == nil && !d.textIs(e, cOrghead|cFunction|cPosthead) && d.known[e].kind != kRank {
			e++
		}
		if s == i || e == i+1 || e-i > 3 {
			continue // a service and a name on both sides, or no station
		}
		c := d.get(attache.Location, unitKey(d.toks[s:e]), d.span(s, e))
		c.country = d.placeCountry(s, e, -1)
		d.add(c, s, e)
		i = e - 1
	}
}
