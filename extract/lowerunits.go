package extract

import (
	"attache"
	"attache/extract/text"
)

// lowerCaseUnits finds units whose name is one proper word followed by a
// lower-case unit noun (lexicon unitnoun), as agencies write peacekeeping
// and overseas units: "the Hanbit unit", "South Korea's 22nd Dongmyeong
// unit". The proper word must follow "the", a possessive or an ordinal,
// so that "Korean unit" or a sentence's first word are left alone. An
// ordinal before the name counts the unit's rotations: it stays in the
// form read, and the bare name is an alias.
func (d *doc) lowerCaseUnits() {
	for i := d.headline + 1; i < len(d.toks); i++ {
		t, pv := &d.toks[i], &d.toks[i-1]
		// cheap tests first: most tokens are no lower-case word after a capitalised one
		if t.Kind != text.Word || t.Cap || !pv.Cap || pv.Kind != text.Word || !d.foldIs(i, cUnitnoun) {
			continue
		}
		w := i - 1
		if !d.unitNameWord(w) {
			continue
		}
		s := w
		if s > 0 && isOrdinal(&d.toks[s-1]) && d.lab[s-1] == nil {
			s--
		}
		if s == w && !d.opensUnitName(s) {
			continue
		}
		c := d.get(attache.Organization, unitKey(d.toks[w:i+1]), d.span(w, i+1))
		if c.country == "" {
			c.country = d.orgCountry(s, i+1)
		}
		d.add(c, s, i+1)
		c.addForm(d.span(w, i+1))
	}
}

// unitNameWord reports a free capitalised word at w that no list knows,
// inside its sentence: the proper name of a unit.
func (d *doc) unitNameWord(w int) bool {
	if w < 1 {
		return false
	}
	t := &d.toks[w]
	if t.Kind != text.Word || !t.Cap || t.SentStart || d.lab[w] != nil || d.known[w].kind != 0 || d.toks[w+1].Sent != t.Sent {
		return false
	}
	return !d.x.is(cStop|cFunction|cOrghead|cPosthead|cDomain|cTitleword|cPlacehead|cHonorific|cUnithead, t.Text)
}

// opensUnitName reports "the" or a possessive's "s" before token s.
func (d *doc) opensUnitName(s int) bool {
	if s < 1 {
		return false
	}
	p := d.toks[s-1].Fold
	return p == "the" || p == "s" && s >= 2 && d.toks[s-2].Fold == "'"
}
