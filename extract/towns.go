package extract

import (
	"attache"
	"attache/extract/text"
)

// unknownTowns finds towns the gazetteer does not know, named after "in",
// "near" or a word saying what kind of place follows ("the port of
// Mariveles", "the town of Otar") where nothing else can stand: one or two capitalised words no
// lexicon lists, closing a clause ("held talks in Novi Sad.", "in Sapele,
// Delta State") or followed by a place they lie in ("near Backa Palanka
// in the Autonomous Province of Vojvodina"). It runs after the other
// place rules, so that a place they found can anchor a town.
func (d *doc) unknownTowns() {
	n := len(d.toks)
	for i := d.headline; i+1 < n; i++ {
		p := &d.toks[i]
		if p.Kind != text.Word || p.Cap || p.Fold != "in" && p.Fold != "near" && !d.headOf(i) {
			continue
		}
		s := i + 1
		e := s
		for e < n && e-s < 2 && d.townWord(e) && d.toks[e].Sent == p.Sent {
			e++
		}
		if e == s || e < n && d.toks[e].Cap && d.toks[e].Sent == p.Sent || !d.townEnd(e, p.Sent) {
			continue
		}
		c := d.get(attache.Location, unitKey(d.toks[s:e]), d.span(s, e))
		c.country = d.home
		d.add(c, s, e)
		i = e - 1
	}
}

// townWord reports a word at token k that can be part of a town's name:
// capitalised, neither all capitals nor at a sentence's start, and
// unknown to the gazetteer and the lexicon.
func (d *doc) townWord(k int) bool {
	t := &d.toks[k]
	if t.Kind != text.Word || !t.Cap || t.Upper || t.SentStart || d.lab[k] != nil || d.known[k].kind != 0 || d.post[k] {
		return false
	}
	if isMonth(t.Fold) || isDay(t.Fold) || d.x.lex[t.Text] != 0 || d.x.lex[capitalize(t.Fold)] != 0 {
		return false
	}
	return true
}

// townEnd reports what may follow a town's name at token e: the end of
// the sentence, a comma, or "in" before a place already found.
func (d *doc) townEnd(e, sent int) bool {
	if e >= len(d.toks) || d.toks[e].Sent != sent {
		return true
	}
	t := &d.toks[e]
	switch t.Fold {
	case ".", ",", ";":
		return true
	case "in":
		k := e + 1
		if k < len(d.toks) && d.toks[k].Fold == "the" {
			k++
		}
		return k < len(d.toks) && d.lab[k] != nil && d.lab[k].typ == attache.Location
	}
	return false
}

// headOf reports whether token i is the "of" of "the port of", "the town
// of": a lower-case place word (kb/data/lexicon.tsv) before it names what
// kind of place follows.
func (d *doc) headOf(i int) bool {
	if i < 2 || d.toks[i].Fold != "of" {
		return false
	}
	h := &d.toks[i-1]
	return h.Kind == text.Word && !h.Cap && d.x.is(cPlaceword, h.Text) && d.toks[i-2].Fold == "the"
}
