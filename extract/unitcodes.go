package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
)

// unitCodes finds peacekeeping units named by their code and rotation
// number: "BANBAT-19", "RWABATT-4", "FIJICON 20". A code is a word in
// capitals that ends in one of the lexicon's unit code endings ("BAT",
// "BATT", "CON"), followed by a number, attached by a hyphen or after a
// space.
func (d *doc) unitCodes() {
	n := len(d.toks)
	for i := d.headline; i+1 < n; i++ {
		t := &d.toks[i]
		if d.lab[i] != nil || t.Kind != text.Word || !t.Upper || len(t.Text) < 5 || !d.x.hasUnitCode(t.Text) {
			continue
		}
		e := 0
		switch {
		case i+2 < n && d.toks[i+1].Fold == "-" && d.toks[i+1].Start == t.End && d.toks[i+2].Kind == text.Number && d.toks[i+2].Start == d.toks[i+1].End:
			e = i + 3
		case d.toks[i+1].Kind == text.Number && d.toks[i+1].Start > t.End && len(d.toks[i+1].Text) <= 3 && d.toks[i+1].Sent == t.Sent:
			e = i + 2
		}
		if e == 0 || !d.free(i, e) || e < n && d.toks[e].Kind == text.Number {
			continue
		}
		c := d.get(attache.Organization, unitKey(d.toks[i:e]), d.span(i, e))
		if c.country == "" {
			c.country = d.orgCountry(i, e)
		}
		d.add(c, i, e)
		i = e - 1
	}
}

// hasUnitCode reports a word in capitals that ends in a unit code ending:
// "BANBAT", "RWABATT", "FIJICON".
func (x *Extractor) hasUnitCode(w string) bool {
	for _, suf := range x.unitCodes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return true
		}
	}
	return false
}
