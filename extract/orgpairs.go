package extract

import (
	"attache"
	"attache/extract/text"
)

// pairStart moves the start s of a name past a hyphen that joins it to
// the body named just before ("the Mutual Defense Board-Security
// Engagement Board"): a joint mechanism named by its two bodies is two
// organisations, not one institution of the first. It returns s+1 and
// the first body, or s and nil.
func (d *doc) pairStart(s int) (int, *cand) {
	if s < 1 || s+1 >= len(d.toks) || d.toks[s].Fold != "-" {
		return s, nil
	}
	p, t := &d.toks[s-1], &d.toks[s]
	b := d.lab[s-1]
	if b == nil || b.typ != attache.Organization || p.End != t.Start || d.toks[s+1].Start != t.End || !d.x.is(cOrghead, p.Text) || p.Upper {
		return s, nil
	}
	return s + 1, b
}

// pairAcronyms gives each body of a hyphenated pair its half of the
// hyphenated acronym after the name ending at e: "(MDB-SEB)".
func (d *doc) pairAcronyms(left, right *cand, e int) {
	n := len(d.toks)
	if e+4 >= n || d.toks[e].Fold != "(" || d.toks[e+2].Fold != "-" || d.toks[e+4].Fold != ")" {
		return
	}
	a, b := &d.toks[e+1], &d.toks[e+3]
	if a.Kind != text.Word || b.Kind != text.Word || !a.Upper || !b.Upper {
		return
	}
	d.acronyms(left, e+1, e+2)
	d.acronyms(right, e+3, e+4)
}
