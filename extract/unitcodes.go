package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
)

// unitCodes finds peacekeeping units named by their code and rotation
// number: "BANBAT-19", "RWABATT-4", "FIJICON 20", "Rwanbatt-9", "MALBATT
// 850-14". A code is a word in capitals that ends in one of the lexicon's
// unit code endings ("BAT", "BATT", "CON"), or a capitalised word that
// ends in one of four letters or more ("Rwanbatt": "Falcon" and "Combat"
// end in the short ones), followed by a number, attached by a hyphen or
// after a space, and by the rotation's own number after a hyphen ("850-14").
func (d *doc) unitCodes() {
	n := len(d.toks)
	for i := d.headline; i+1 < n; i++ {
		t := &d.toks[i]
		if d.lab[i] != nil || t.Kind != text.Word || !t.Cap || len(t.Text) < 5 || !d.x.hasUnitCode(t.Text, t.Upper) {
			continue
		}
		e := 0
		switch {
		case i+2 < n && d.toks[i+1].Fold == "-" && d.toks[i+1].Start == t.End && d.toks[i+2].Kind == text.Number && d.toks[i+2].Start == d.toks[i+1].End:
			e = i + 3
		case d.toks[i+1].Kind == text.Number && d.toks[i+1].Start > t.End && len(d.toks[i+1].Text) <= 3 && d.toks[i+1].Sent == t.Sent:
			e = i + 2
		}
		if e > 0 && e+1 < n && d.toks[e].Fold == "-" && d.toks[e].Start == d.toks[e-1].End && d.toks[e+1].Kind == text.Number && d.toks[e+1].Start == d.toks[e].End {
			e += 2 // the rotation's number after the unit's: "MALBATT 850-14"
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

// hasUnitCode reports a word that ends in a unit code ending: "BANBAT",
// "RWABATT", "FIJICON" in capitals (upper), "Rwanbatt" capitalised, where
// only endings of four letters or more count.
func (x *Extractor) hasUnitCode(w string, upper bool) bool {
	if !upper {
		w = strings.ToUpper(w)
	}
	for _, suf := range x.unitCodes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) && (upper || len(suf) >= 4) {
			return true
		}
	}
	return false
}
