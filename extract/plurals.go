package extract

import (
	"strings"

	"attache/extract/text"
)

// sharePlurals gives the rank or post written once in the plural before
// two coordinated names to the second name too: "Generals A B and C D",
// "Defence Ministers X and Y", "Admirals ... and ...". Every agency writes
// pairs of officers and ministers this way; without it the second name
// has no rank, and often no person.
func (d *doc) sharePlurals(runs []run) {
	for i := 1; i < len(runs); i++ {
		a, b := &runs[i-1], &runs[i]
		if b.s != a.e+1 || d.toks[a.e].Fold != "and" || b.p != b.s || d.toks[a.e].Sent != d.toks[b.s].Sent {
			continue
		}
		if a.rank != "" && a.p < a.s && d.pluralWord(a.s-1) && b.rank == "" {
			b.rank, b.ctx = a.rank, true
		}
		if n := len(a.titles); n > 0 && a.titles[n-1].e == a.p && len(b.titles) == 0 {
			t := a.titles[n-1]
			if one, ok := d.singularPost(t); ok {
				a.titles[n-1].text = one
				t.text = one
				b.titles, b.ctx = []title{t}, true
				if b.country == "" && !t.intl {
					b.country = t.country
				}
			}
		}
	}
}

// pluralWord reports a word ending in "s" at token i, before its full
// stop when abbreviated ("Gens."), that the ranks list as a plural form.
func (d *doc) pluralWord(i int) bool {
	if d.toks[i].Fold == "." && i > 0 {
		i--
	}
	return d.toks[i].Kind == text.Word && strings.HasSuffix(d.toks[i].Fold, "s")
}

// singularPost returns post t written in the singular when its last word
// is the plural of a post head word ("Defence Ministers" → "Defence
// Minister").
func (d *doc) singularPost(t title) (string, bool) {
	sp := strings.LastIndexByte(t.text, ' ')
	last := t.text[sp+1:]
	one, ok := strings.CutSuffix(last, "s")
	if !ok || !d.x.is(cPosthead, one) {
		return "", false
	}
	return t.text[:sp+1] + one, true
}

// regionAfterFor reports a place name [s, e) after "and" that ends the
// area a post answers for, written as "for X and Y" before the name of
// p: "Deputy Assistant Secretary of Defense for South and Southeast Asia
// Andrew Byers", "Commander for Europe and Africa". The words before
// "and" hold the post and its "for".
func (d *doc) regionAfterFor(s, e, p int) bool {
	for i := s; i < e; i++ {
		if t := &d.toks[i]; t.Kind != text.Word || !t.Cap || d.post[i] {
			return false
		}
	}
	if k := d.known[e-1].kind; k != kPlace && k != kCountry {
		return false
	}
	b := d.titleStart(s-1, p)
	for i := s - 2; i > b; i-- {
		if d.toks[i].Fold == "for" {
			return d.hasPost(b, i)
		}
	}
	return false
}
