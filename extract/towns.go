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
// in the Autonomous Province of Vojvodina"); also a region named after
// its kind word ("the province of Santa Cruz") and the region closing the
// sentence after a town ("in Saljhandi, Rupandehi."). It runs after the
// other place rules, so that a place they found can anchor a town.
func (d *doc) unknownTowns() {
	d.datelineTown()
	n := len(d.toks)
	for i := d.headline; i+1 < n; i++ {
		p := &d.toks[i]
		s := i + 1
		if d.regionOf(i) {
			s = i + 2
		} else if p.Kind != text.Word || p.Cap || p.Fold != "in" && p.Fold != "near" && p.Fold != "at" && !d.headOf(i) {
			continue
		}
		// after "the town of" the kind word has said a place follows, so
		// any lower-case word may end its name ("the coastal town of
		// Kinniya will host")
		e := d.townAt(s, p.Sent, p.Fold == "of" || p.Fold == "at" && d.headOf(i))
		if e < 0 {
			continue
		}
		if r := d.regionAfterTown(e, p.Sent); r > 0 {
			e = r
		}
		i = e - 1
	}
}

// regionAfterTown records the region that closes the sentence after a
// town ending at e and a comma ("in Saljhandi, Rupandehi.") and returns
// the end of its name; -1 when there is none.
func (d *doc) regionAfterTown(e, sent int) int {
	n := len(d.toks)
	if e+1 >= n || d.toks[e].Fold != "," {
		return -1
	}
	r := e + 1
	for r < n && r-e <= 2 && d.townWord(r) && d.toks[r].Sent == sent {
		r++
	}
	if r == e+1 || r < n && d.toks[r].Fold != "." && d.toks[r].Sent == sent {
		return -1
	}
	return d.townAt(e+1, sent, false)
}

// regionOf reports a region's kind word at token i before "of" and a
// capitalised name: "the province of Santa Cruz", "the state of Rakhine".
func (d *doc) regionOf(i int) bool {
	t := &d.toks[i]
	// the lexicon is read last, once per token: most words have no "of" after them
	return t.Kind == text.Word && !t.Cap && i+2 < len(d.toks) && d.toks[i+1].Fold == "of" && d.toks[i+2].Cap && d.textIs(i, cGeohead)
}

// townAt records the town of one or two town words starting at token s
// when what follows may end a town's name (townEnd, or any lower-case
// word when told is set), and returns the end of its name; -1 when there
// is none.
func (d *doc) townAt(s, sent int, told bool) int {
	n := len(d.toks)
	e := s
	for e < n && e-s < 2 && d.townWord(e) && d.toks[e].Sent == sent {
		e++
	}
	// an Arabic article joined by a hyphen goes on with the name or opens
	// it: "Adshit al-Qusayr", "Ebel el-Saqi", "Al-Qawzah"
	if e <= s+1 && s+2 < n && d.toks[s].Cap && d.foldIs(s, cParticle) && d.lab[s] == nil && d.known[s].kind == 0 && d.toks[s+1].Fold == "-" &&
		d.toks[s+1].Start == d.toks[s].End && d.toks[s+2].Start == d.toks[s+1].End && d.townWord(s+2) {
		e = s + 3
		if e < n && d.townWord(e) && d.toks[e].Sent == sent {
			e++
		}
	}
	if e > s && e+2 < n && d.foldIs(e, cParticle) && d.toks[e+1].Fold == "-" &&
		d.toks[e+1].Start == d.toks[e].End && d.toks[e+2].Start == d.toks[e+1].End && d.townWord(e+2) {
		e += 3
	}
	if e == s || e < n && d.toks[e].Cap && d.toks[e].Sent == sent || !told && !d.townEnd(e, sent) {
		return -1
	}
	c := d.get(attache.Location, unitKey(d.toks[s:e]), d.span(s, e))
	c.country = d.home
	d.add(c, s, e)
	return e
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
	if t.Cap {
		return false
	}
	k := e + 1
	if k < len(d.toks) && d.toks[k].Fold == "the" && !d.toks[k].Cap {
		k++
	}
	switch t.Fold {
	case ".", ",", ";":
		return true
	case "in", "near":
		// a place it lies in or near: "at Kadhdhoo in the Maldives"
		return k < len(d.toks) && (d.lab[k] != nil && d.lab[k].typ == attache.Location || d.known[k].kind == kPlace || d.known[k].kind == kCountry)
	case "on":
		// a date: "in Karen on Thursday"
		return k < len(d.toks) && (isDay(d.toks[k].Fold) || isMonth(d.toks[k].Fold) || d.toks[k].Kind == text.Number)
	case "later", "earlier", "here", "last", "next", "this":
		// a time or "here": "at Gako later this year"
		return true
	case "and":
		// a second act of the same subject: "in Izhevsk and held talks"
		return k == e+1 && k < len(d.toks) && d.toks[k].Kind == text.Word && !d.toks[k].Cap && d.foldIs(k, cVerb)
	}
	return false
}

// regionAnd returns the start of a region's name whose first part is
// joined by "and" to the words starting at s, before its head word h:
// "the Magallanes and Chilean Antarctic Region", "of the Tierra and
// Southern Islands Province". The first part is one capitalised word
// after "the" or "of"; s when there is none.
func (d *doc) regionAnd(s, h int) int {
	if s >= h || s < 3 || d.toks[s-1].Fold != "and" || d.toks[s-1].Cap {
		return s
	}
	w, b := &d.toks[s-2], &d.toks[s-3]
	if w.Kind != text.Word || !w.Cap || w.SentStart || d.lab[s-2] != nil || w.Sent != d.toks[h].Sent || d.x.is(cFunction|cDomain|cOrghead|cPosthead, w.Text) {
		return s
	}
	if b.Fold != "the" && b.Fold != "of" || b.Cap {
		return s
	}
	return s - 2
}

// placeParticle reports a lower-case particle of a personal name at token
// s-1 inside the name of a place named after a person, before its head
// word h: "bin" of "Said bin Sultan Naval Base", "Prince Sultan bin
// Abdulaziz Air Base". A capitalised word must open the name before it.
func (d *doc) placeParticle(s, h int) bool {
	if s < 2 || s >= h {
		return false
	}
	p, q := &d.toks[s-1], &d.toks[s-2]
	return p.Kind == text.Word && !p.Cap && d.x.is(cParticle, p.Fold) && q.Kind == text.Word && q.Cap && !q.SentStart && d.lab[s-2] == nil && q.Sent == d.toks[h].Sent && !d.x.is(cFunction, q.Text)
}

// headOf reports whether token i is the "of" of "the port of", "the town
// of", "the coastal town of", or the "at" of "the naval base at": a
// lower-case place or site word (kb/data/lexicon.tsv) before it names what
// kind of place follows.
func (d *doc) headOf(i int) bool {
	if i < 2 || d.toks[i].Fold != "of" && d.toks[i].Fold != "at" {
		return false
	}
	h := &d.toks[i-1]
	if h.Kind != text.Word || h.Cap {
		return false
	}
	if d.toks[i].Fold == "at" {
		// a site named by the town it lies at: "the naval base at
		// Wudam", "the training ground at Alabino"
		return d.x.is(cSitekind|cFacility, h.Text)
	}
	if !d.x.is(cPlaceword, h.Text) {
		return false
	}
	if d.toks[i-2].Fold == "the" {
		return true
	}
	// one lower-case word may tell the kind of town: "the island town
	// of", "the fishing village of", "the northern port of"
	a := &d.toks[i-2]
	return i >= 3 && d.toks[i-3].Fold == "the" && a.Kind == text.Word && !a.Cap && !d.x.is(cStop, a.Fold)
}

// datelineTown records the town the gazetteer does not know that opens
// the dateline: one or two capitalised words at the start of a line near
// the top, before a dash, an agency's parenthesis, or a comma and a month
// or parenthesis ("Sekondi, May 20, GNA -", "Bongao (PNA) --"). The report
// is filed there, in its own country.
func (d *doc) datelineTown() {
	n := len(d.toks)
	for i := 0; i < n && i < 60; i++ {
		if !d.toks[i].LineStart {
			continue
		}
		e := i
		for e < n && e-i < 2 && d.datelineWord(e) && d.toks[e].Sent == d.toks[i].Sent {
			e++
		}
		if e == i || e+1 >= n {
			continue
		}
		switch d.toks[e].Fold {
		case "–", "—", "-", "(":
			if d.toks[e].Start == d.toks[e-1].End {
				continue // a code name's year: "Steppe Eagle-2026"
			}
		case ",":
			if f := d.toks[e+1].Fold; f != "(" && !isMonth(f) {
				continue
			}
		default:
			continue
		}
		c := d.get(attache.Location, unitKey(d.toks[i:e]), d.span(i, e))
		c.country = d.home
		d.add(c, i, e)
		return
	}
}

// datelineWord reports a word at token k that may name a dateline's town:
// capitalised or in capitals, unlabelled, and unknown to the gazetteer
// and the lexicon.
func (d *doc) datelineWord(k int) bool {
	t := &d.toks[k]
	if t.Kind != text.Word || !t.Cap || d.lab[k] != nil || d.known[k].kind != 0 || d.post[k] {
		return false
	}
	return !isMonth(t.Fold) && !isDay(t.Fold) && d.x.lex[t.Text] == 0 && d.x.lex[capitalize(t.Fold)] == 0
}
