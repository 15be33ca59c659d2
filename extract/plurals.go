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

// pluralPostPairs makes persons of two names joined by "and" in
// apposition to a plural post of two states: "The defence ministers of
// Chile and Argentina, Adriana Delpiano and Luis Petri, declared ..."
// names two ministers, each of the state listed in the same place. No
// rank or post stands right before either name, so no other context
// finds them.
func (d *doc) pluralPostPairs(runs []run) {
	for i := 1; i < len(runs); i++ {
		a, b := &runs[i-1], &runs[i]
		if b.s != a.e+1 || d.toks[a.e].Fold != "and" || len(a.words) < 2 || len(b.words) < 2 ||
			a.s < 2 || d.toks[a.s-1].Fold != "," || d.toks[a.s].Sent != d.toks[b.s].Sent {
			continue
		}
		first, second := d.pluralPostStates(a.s - 1)
		if first == "" {
			continue
		}
		a.ctx, b.ctx = true, true
		if a.country == "" {
			a.country = first
		}
		if b.country == "" {
			b.country = second
		}
	}
}

// pluralPostWindow is how many words before the comma the plural post of
// pluralPostStates may start ("the defence ministers of the Republic of
// Korea and Mongolia,").
const pluralPostWindow = 10

// pluralPostStates returns the two states of a plural post that ends at
// the comma at token comma: "ministers of A and B," gives A's and B's
// codes, or "" when no such post ends there.
func (d *doc) pluralPostStates(comma int) (string, string) {
	for j := comma - 1; j > 0 && comma-j <= pluralPostWindow; j-- {
		t := d.toks[j]
		if t.Sent != d.toks[comma].Sent {
			break
		}
		// (the post head words are listed capitalised: "Ministers")
		one, plural := strings.CutSuffix(t.Fold, "s")
		if !plural || t.Kind != text.Word || one == "" || !d.x.is(cPosthead, strings.ToUpper(one[:1])+one[1:]) {
			continue
		}
		k, first := d.ofCountry(j + 1)
		if first == "" || k >= comma || d.toks[k].Fold != "and" {
			return "", ""
		}
		m := k + 1
		if d.toks[m].Fold == "the" && m+1 < comma {
			m++
		}
		if !d.kstart[m] || d.known[m].kind != kCountry {
			return "", ""
		}
		end := m + 1
		for end < comma && !d.kstart[end] && d.known[end] == d.known[m] {
			end++
		}
		if end != comma {
			return "", ""
		}
		return first, d.x.kb.Countries[d.known[m].index].Code
	}
	return "", ""
}
