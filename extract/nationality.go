package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
	"attache/fold"
)

// ledBy returns the state of a delegation or body that the person whose
// description starts at token q leads: "a Russian military delegation led
// by Defence Minister ...", "The Philippine Navy, headed by Vice Adm. ...".
func (d *doc) ledBy(q int) string {
	q = d.lowerPostBefore(q)
	if q >= 3 && (d.toks[q-1].Fold == "its" || d.toks[q-1].Fold == "their") {
		q-- // "a delegation of the Vietnam Border Guard led by its Commander"
	}
	if q < 2 || d.toks[q-1].Fold != "by" {
		return ""
	}
	switch d.toks[q-2].Fold {
	case "led", "headed", "chaired", "commanded", "accompanied":
	default:
		return ""
	}
	j := q - 3
	if j >= 1 && d.toks[j].Fold == "-" && d.toks[j-1].Fold == "co" {
		return "" // "co-chaired by": a joint body, not one state's
	}
	if j >= 0 && d.toks[j].Fold == "," {
		j--
	}
	for k := j; k >= 0 && j-k < 6 && d.toks[k].Sent == d.toks[q].Sent; k-- {
		if c := d.stateAt(k); c != "" {
			return c
		}
		if d.toks[k].Fold == "," || d.toks[k].Kind == text.Word && d.foldIs(k, cVerb) {
			break
		}
	}
	return ""
}

// counterpart returns the state of "his Chinese counterpart, X" or "their
// Philippine counterparts, Secretary ... X and Secretary ... Y" for the
// person whose description starts at token q.
func (d *doc) counterpart(q int) string {
	for k := q - 1; k > 0 && q-k < 30 && d.toks[k].Sent == d.toks[q].Sent; k-- {
		t := &d.toks[k]
		if t.Fold == "counterpart" || t.Fold == "counterparts" {
			j := k + 1
			for j < q && d.textIs(j, cHonorific) {
				j++ // "his Chilean counterpart Ms Adriana Delpiano"
			}
			if j < q && d.toks[j].Fold != "," {
				return "" // "counterpart of ..." or the like
			}
			if kk := d.known[k-1]; kk.kind == kDemonym || kk.kind == kCountry {
				return d.x.kb.Countries[kk.index].Code
			}
			return ""
		}
		if t.Fold == "," || t.Fold == "and" || t.Fold == "." || d.titleTok(k) || d.nameTok(k) || d.lab[k] != nil && d.lab[k].typ != "" {
			continue
		}
		if d.known[k].kind == kRank {
			continue
		}
		return ""
	}
	return ""
}

// stateAt returns the state that token k names: a country, a demonym, or
// an organisation that belongs to a state.
func (d *doc) stateAt(k int) string {
	switch kk := d.known[k]; kk.kind {
	case kCountry, kDemonym:
		return d.x.kb.Countries[kk.index].Code
	}
	if c := d.lab[k]; c != nil && c.typ == "organization" && c.country != "" {
		if code := d.demonymBefore(k, c); code != "" {
			return code
		}
		return c.country
	}
	return ""
}

// demonymBefore returns the state of a demonym or country written right
// before the mention of body c that holds token k: "the Turkish Ministry
// of National Defence" is Turkey's even when the generic name is known as
// another state's body.
func (d *doc) demonymBefore(k int, c *cand) string {
	for k > 0 && d.lab[k-1] == c {
		k--
	}
	if k == 0 || d.toks[k-1].Sent != d.toks[k].Sent {
		return ""
	}
	switch kk := d.known[k-1]; kk.kind {
	case kCountry, kDemonym:
		return d.x.kb.Countries[kk.index].Code
	}
	return ""
}

// whoLeads returns the state of the body that the person whose name ends
// at token e leads, told in a clause after the name: "Major General X, who
// leads the Indian Army contingent, attended".
func (d *doc) whoLeads(e int) string {
	n := len(d.toks)
	if e+3 >= n || d.toks[e].Fold != "," || d.toks[e+1].Fold != "who" {
		return ""
	}
	switch d.toks[e+2].Fold {
	case "leads", "heads", "commands", "led", "headed", "commanded":
	default:
		return ""
	}
	for k := e + 3; k < n && k-e < 8 && d.toks[k].Sent == d.toks[e].Sent && d.toks[k].Fold != ","; k++ {
		if c := d.stateAt(k); c != "" {
			return c
		}
	}
	return ""
}

// delegationOf returns the state of the delegation whose head or member
// is described right before token q: "The head of the Malaysian
// delegation, Lieutenant General ...", "a member of the Thai side, ...".
func (d *doc) delegationOf(q int) string {
	k := q - 1
	if k >= 0 && d.toks[k].Fold == "," {
		k--
	}
	if k < 3 || d.toks[k].Sent != d.toks[q].Sent {
		return ""
	}
	switch d.toks[k].Fold {
	case "delegation", "side", "team", "contingent":
	default:
		return ""
	}
	kk := d.known[k-1]
	if kk.kind != kDemonym && kk.kind != kCountry || d.toks[k-2].Fold != "the" || d.toks[k-3].Fold != "of" {
		return ""
	}
	return d.x.kb.Countries[kk.index].Code
}

// ofBody returns the state of the national body named by "of (the) X" at
// token e, right after a person's name, or "".
func (d *doc) ofBody(e int) string {
	n := len(d.toks)
	if e+1 >= n || d.toks[e].Fold != "of" {
		return ""
	}
	j := e + 1
	if d.toks[j].Fold == "the" && j+1 < n {
		j++
	}
	if c := d.lab[j]; c != nil && c.typ == attache.Organization && d.toks[j].Sent == d.toks[e].Sent {
		return c.country
	}
	return ""
}

// companions gives the persons whose state the text leaves open the
// state of the one they travel with, members of the same delegation:
// "Delpiano travelled with the Undersecretary of Defence, Ricardo
// Montero", "the minister Ahmad Hassan, accompanied by Chief of Navy
// Admiral X and Colonel Y", "The Chilean minister was accompanied by ...
// and the Undersecretary for Defence, Z" (the state of a subject named by
// its demonym). The verbs are the lexicon's "companion" entries.
func (d *doc) companions() {
	for k := 1; k+1 < len(d.toks); k++ {
		if p := d.toks[k+1].Fold; p != "by" && p != "with" || d.toks[k].Kind != text.Word || !d.foldIs(k, cCompanion) {
			continue
		}
		a := d.personNear(k-1, -1, 8)
		state := ""
		if a != nil {
			state = a.country
		} else {
			state = d.openingState(k)
		}
		if state == "" {
			continue
		}
		for _, b := range d.companionList(k + 2) {
			if b != a && b.country == "" && !b.intl {
				b.country = state
			}
		}
	}
}

// openingMax is how far back openingState looks for the sentence start.
const openingMax = 60

// openingState returns the state of a demonym or country among the first
// words of the sentence of token k ("The Chilean minister, who ..."), or "".
func (d *doc) openingState(k int) string {
	s := k
	for s > 0 && !d.toks[s].SentStart && k-s < openingMax {
		s--
	}
	if !d.toks[s].SentStart {
		return "" // a long sentence: its opening is too far to be the subject
	}
	for j := s; j < k && j-s < 3; j++ {
		switch kk := d.known[j]; kk.kind {
		case kCountry, kDemonym:
			return d.x.kb.Countries[kk.index].Code
		}
	}
	return ""
}

// companionReach is how many tokens a list of companions may run on.
const companionReach = 40

// companionList returns the persons named from token k on, in a list that
// runs to the end of the clause: a verb or a relative word ends it.
func (d *doc) companionList(k int) []*cand {
	var out []*cand
	if k >= len(d.toks) {
		return nil
	}
	sent := d.toks[k].Sent
	for j := k; j < len(d.toks) && j-k < companionReach && d.toks[j].Sent == sent; j++ {
		t := &d.toks[j]
		if t.Kind == text.Word && !t.Cap && (d.x.is(cVerb, t.Fold) || t.Fold == "who" || t.Fold == "which" || t.Fold == "while") {
			break
		}
		if c := d.lab[j]; c != nil && c.typ == attache.Person && (len(out) == 0 || out[len(out)-1] != c) {
			out = append(out, c)
		}
	}
	return out
}

// personNear returns the first person named from token k on, stepping by
// step, within n tokens of the same sentence; nil when there is none.
func (d *doc) personNear(k, step, n int) *cand {
	if k < 0 || k >= len(d.toks) {
		return nil
	}
	sent := d.toks[k].Sent
	for j := k; j >= 0 && j < len(d.toks) && d.toks[j].Sent == sent && (j-k)*step < n; j += step {
		if c := d.lab[j]; c != nil && c.typ == attache.Person {
			return c
		}
	}
	return nil
}

// otherSide gives the first of two officials joined by "and" the other
// side's state when only the second states one and it is one of the two
// sides of the report: "Defence Secretary X and Senior Undersecretary Y of
// the Philippines co-chaired the India-Philippines committee" makes X the
// Indian side. Only co-chairs are two sides for sure: "the minister and
// the army chief of Serbia attended" are one state's. A report with no
// clear second state is left alone.
func (d *doc) otherSide(runs []run) {
	if d.away == "" {
		return
	}
	cochaired := map[int]bool{} // by sentence: each is scanned once, so that a long one stays linear
	for k := 1; k < len(runs); k++ {
		r, prev := &runs[k], &runs[k-1]
		if prev.rank == "" && len(prev.titles) == 0 || runState(prev) != "" {
			continue
		}
		q := r.p
		if len(r.titles) > 0 && r.titles[0].s < q {
			q = r.titles[0].s
		}
		e := d.pastBrackets(runEnd(prev))
		if q < 1 || d.toks[q-1].Fold != "and" || e != q-1 && !(e == q-2 && d.toks[q-2].Fold == ",") {
			continue
		}
		sent := d.toks[q].Sent
		co, seen := cochaired[sent]
		if !seen {
			co = d.coChaired(q)
			cochaired[sent] = co
		}
		if !co {
			continue
		}
		switch runState(r) {
		case d.home:
			prev.country = d.away
		case d.away:
			prev.country = d.home
		}
	}
}

// runState returns the state a name run states itself: after the name, in
// a post, or from its context; "" when it states none.
func runState(r *run) string {
	if r.own != "" {
		return r.own
	}
	for _, t := range r.titles {
		if t.country != "" && !t.former {
			return t.country
		}
	}
	return r.country
}

// coChaired reports a "co-chair" verb in the sentence of token k: the
// persons it joins head the two sides of one mechanism.
func (d *doc) coChaired(k int) bool {
	sent := d.toks[k].Sent
	for j := k; j > 0 && d.toks[j-1].Sent == sent; j-- {
		k = j - 1
	}
	for j := k; j+2 < len(d.toks) && d.toks[j].Sent == sent; j++ {
		if strings.HasPrefix(d.toks[j].Fold, "co-chair") ||
			d.toks[j].Fold == "co" && d.toks[j+1].Fold == "-" && strings.HasPrefix(d.toks[j+2].Fold, "chair") {
			return true
		}
	}
	return false
}

// runEnd returns where the name run r ends with the posts set off after
// it: "Rear Admiral X, Assistant Chief of the Naval Staff," ends at the
// comma after the post.
func runEnd(r *run) int {
	e := r.e
	for _, t := range r.titles {
		if t.s >= r.e && t.e > e {
			e = t.e
		}
	}
	return e
}

// pastBrackets returns the token after a short bracketed remark that opens
// at token e ("(Foreign Cooperation)"), or e.
func (d *doc) pastBrackets(e int) int {
	if e >= len(d.toks) || d.toks[e].Fold != "(" {
		return e
	}
	for k := e + 1; k < len(d.toks) && k-e < 8; k++ {
		if d.toks[k].Fold == ")" {
			return k + 1
		}
	}
	return e
}

// dropRegionDemonyms removes from the gazetteer's matches the demonyms
// that end the demonym of a world region ("American" of "South American",
// "Latin American", "Inter-American"): a region names no state. The
// regions are the lexicon's "regiondemonym" list; matches is filtered in
// place.
func (d *doc) dropRegionDemonyms(matches []match) []match {
	if len(d.x.regionDemonym) == 0 {
		return matches
	}
	out := matches[:0]
	for _, m := range matches {
		if !d.regionDemonymAt(m) {
			out = append(out, m)
		}
	}
	return out
}

// regionDemonymAt reports a demonym match whose word before it (a space
// or a hyphen between) makes a region's demonym.
func (d *doc) regionDemonymAt(m match) bool {
	if m.p.entries[0].kind != kDemonym || m.start == 0 {
		return false
	}
	s := m.start - 1
	if d.toks[s].Fold == "-" && s > 0 && d.toks[s].Start == d.toks[s-1].End {
		s--
	}
	if d.toks[s].Kind != text.Word || !d.toks[s].Cap || d.toks[s].Sent != d.toks[m.start].Sent {
		return false
	}
	return d.x.regionDemonym[fold.Key(d.span(s, m.end))]
}

// lowerPostBefore returns the start of a post written in lower case and
// set off by a comma before the description at token q, when "by", "its"
// or "their" opens it: "led by its flag officer in command, Vice Adm.
// X", "headed by its commander, Major General Y"; q otherwise.
func (d *doc) lowerPostBefore(q int) int {
	if q < 3 || d.toks[q-1].Fold != "," {
		return q
	}
	for j := q - 2; j > 0 && q-2-j < 6; j-- {
		t := &d.toks[j]
		if t.Kind != text.Word || t.Cap || t.Sent != d.toks[q].Sent {
			return q
		}
		switch d.toks[j-1].Fold {
		case "by", "its", "their":
			return j
		}
	}
	return q
}
