package extract

import (
	"slices"
	"strings"

	"attache"
	"attache/extract/text"
	"attache/fold"
)

// run is a capitalised name found in the text with the context that makes
// it a person.
type run struct {
	s, e        int      // name tokens
	words       []string // folded name words without initials and suffixes
	p           int      // first token of the rank before the name, or s
	rank        string
	titles      []title
	ctx         bool   // a rank, honorific, post, apposition or verb says it is a person
	initial     bool   // the name only starts its sentence
	demonymOnly bool   // titles holds only the demonym before the rank
	country     string // state implied by the context: "a Russian delegation led by", "his Chinese counterpart"
	guest       bool   // the description is followed by a guest's act: "called on", "is on a visit to"
	own         string // state stated right after the name: "X of Japan", "X of the Royal Australian Air Force"
}

// title is a post or membership as stated, with the state it names.
type title struct {
	text, country string
	former        bool
	intl          bool // a post of an international body: "UNIFIL Force Commander"
	s, e          int  // tokens
}

// persons finds people: names after ranks, posts and honorifics, names
// with a post in apposition or followed by a reporting verb, and short
// forms ("Giang", "General Giang") of people named in full.
func (d *doc) persons() {
	var runs []run
	for i := d.headline; i < len(d.toks); i++ {
		if !d.nameTok(i) {
			continue
		}
		if k := d.dottedHonorific(i); k > i {
			i = k - 1 // "H.E." before a name
			continue
		}
		e := d.readName(i)
		if d.shipName(i) {
			i = e - 1 // a ship: "USS Carl Vinson", "KD Tun Razak"
			continue
		}
		// "However, Delegates stressed": a word after an opening adverb
		// is as capitalised as a sentence start
		if e == i+1 && d.honorificHead(i) {
			continue // "Tan" of "Tan Sri": part of the honorific, not a name
		}
		initial := d.toks[i].SentStart || i >= 2 && d.toks[i-1].Fold == "," && d.toks[i-2].SentStart
		r := run{s: i, e: e, p: i, initial: initial, words: d.nameWords(i, e)}
		if len(r.words) == 0 {
			i = e - 1
			continue
		}
		d.context(&r)
		if r.rank != "" && r.p == r.s-1 && d.x.officialFirst[d.toks[r.p].Fold] && d.x.isOfficial(append([]string{d.toks[r.p].Fold}, r.words...)...) {
			// a given name that is also a rank word: "Gen Nakatani"
			r.s, r.rank = r.p, ""
			r.words = append([]string{d.toks[r.p].Fold}, r.words...)
			d.context(&r)
			r.rank = ""
		}
		if r.rank != "" && r.p > 0 && d.toks[r.p-1].Cap && d.x.is(cFacility, d.toks[r.p-1].Text) {
			// a site named after a soldier: "Camp General Emilio Aguinaldo"
			c := d.get(attache.Location, unitKey(d.toks[r.p-1:e]), d.span(r.p-1, e))
			c.country = d.home
			d.add(c, r.p-1, e)
			i = e - 1
			continue
		}
		if !r.ctx && len(r.words) > 1 && d.x.isOfficial(r.words...) {
			r.ctx = true // a well-known official's full name
		}
		runs = append(runs, r)
		i = e - 1
	}
	d.shareNationality(runs)
	// full names first, so that short forms can refer to them
	for _, r := range runs {
		if r.ctx && len(r.words) > 1 {
			if c := d.surnameWithParticle(r); c != nil {
				d.mergePerson(c, r)
				continue
			}
			d.person(r)
		}
	}
	for _, r := range runs {
		if len(r.words) > 1 && !r.ctx {
			if c := d.personFor(r); c != nil {
				d.add(c, r.s, r.e)
			}
		}
	}
	for _, pass := range []bool{true, false} {
		for _, r := range runs {
			if len(r.words) != 1 || r.ctx != pass {
				continue
			}
			if c := d.personFor(r); c != nil {
				d.mergePerson(c, r)
			} else if r.ctx {
				d.person(r)
			}
		}
	}
}

// dottedHonorific returns the token after an honorific written with
// initials at i ("H.E."), or i.
func (d *doc) dottedHonorific(i int) int {
	text := ""
	for k := i; k < len(d.toks) && k-i < 6; k++ {
		if k > i && d.toks[k].Start != d.toks[k-1].End {
			break
		}
		text += d.toks[k].Text
		if d.toks[k].Fold == "." && k > i+1 && d.x.is(cHonorific, text) {
			return k + 1
		}
	}
	return i
}

// shipName reports a name at token i after a ship prefix, with any
// honorifics between: "USS Carl Vinson", "KD Tun Razak".
func (d *doc) shipName(i int) bool {
	k := i
	for k > 0 && (d.x.is(cHonorific, d.toks[k-1].Text) || d.known[k-1].kind == kRank && d.toks[k-1].Cap) {
		k-- // "the destroyer Admiral Tributs"
	}
	return k > 0 && d.x.is(cVessel, d.toks[k-1].Text)
}

// shareNationality gives the second of two officials joined by "and" the
// state that opens the first one's description when it states none
// itself: "Japan's Minister for Foreign Affairs Ms. Yoko Kamikawa and
// Minister of Defense Mr. Minoru Kihara" makes both Japanese.
func (d *doc) shareNationality(runs []run) {
	for k := 1; k < len(runs); k++ {
		r, prev := &runs[k], &runs[k-1]
		if r.country != "" || len(r.titles) == 0 || len(prev.titles) == 0 {
			continue
		}
		q := r.titles[0].s
		if q < 1 || d.toks[q-1].Fold != "and" || prev.e != q-1 {
			continue
		}
		own := false
		for _, t := range r.titles {
			own = own || t.country != ""
		}
		first := prev.titles[0]
		if !own && first.country != "" && d.stateAt(first.s) == first.country {
			r.country = first.country
		}
	}
}

// nameTok reports whether token i can be part of a personal name.
func (d *doc) nameTok(i int) bool {
	t := &d.toks[i]
	if t.Kind != text.Word || !t.Cap || t.Upper && len(t.Text) > 1 || d.lab[i] != nil || d.known[i].kind != 0 && !d.placeAsName(i) {
		return false
	}
	return !d.x.is(cStop|cFunction|cOrghead|cPosthead|cDomain|cTitleword|cPlacehead|cAgency|cHonorific|cSuffix|cVessel, t.Text)
}

// placeAsName reports a one-word place name that is a given name here:
// after a post, rank or honorific and before another name word, as
// "Douglas" in "UN Resident Coordinator Douglas Broderick".
func (d *doc) placeAsName(i int) bool {
	n := len(d.toks)
	if d.known[i].kind != kPlace || !d.kstart[i] || i == 0 || i+1 >= n || d.known[i+1].kind != 0 || d.kstart[i+1] {
		return false
	}
	nx, pv := &d.toks[i+1], &d.toks[i-1]
	if nx.Kind != text.Word || !nx.Cap || nx.Sent != d.toks[i].Sent || d.x.is(cPlacehead|cOrghead|cStop|cFunction, nx.Text) {
		return false
	}
	return d.known[i-1].kind == kRank || d.post[i-1] || d.x.is(cPosthead|cHonorific, pv.Text)
}

// readName reads name tokens from s: "Phan Văn Giang", "Mohamed bin
// Salman", "Abdel Fattah Al-Sisi", "Shin Won-sik", initials ("S.
// Jaishankar", "V.R. Chaudhari") and a closing generational suffix
// ("Lloyd J. Austin III", "Ferdinand R. Marcos Jr.").
func (d *doc) readName(s int) int {
	n := len(d.toks)
	e := s
	for e < n && e-s < 9 && d.toks[e].Sent == d.toks[s].Sent {
		t := &d.toks[e]
		switch {
		case e > s && t.Cap && d.x.is(cSuffix, t.Text):
			e++
			if e < n && d.toks[e].Fold == "." && d.toks[e].Start == t.End {
				e++
			}
			return e
		case d.initialAt(e):
			e += 2
		case d.nameTok(e):
			e++
		case e-s >= 2 && d.givenAfterMiddle(e):
			e++ // "Nguyen Van An": a given name that is also a common word
		case e > s && e+1 < n && d.x.is(cParticle, t.Fold) && d.nameTok(e+1):
			e++
		case e > s && e+2 < n && d.x.is(cParticle, t.Fold) && d.toks[e+1].Cap && d.x.is(cHonorific, d.toks[e+1].Text) && d.nameTok(e+2):
			e += 2 // the father's title is part of his name: "bin Haji Mohd Yussof"
		case e > s && e+2 < n && d.x.is(cParticle, t.Fold) && d.toks[e+1].Fold == "-" && d.toks[e+1].Start == t.End && d.toks[e+2].Start == d.toks[e+1].End && d.nameTok(e+2):
			e += 3 // "al-Sisi" after a given name
		case e > s && e+1 < n && t.Fold == "'" && t.Start == d.toks[e-1].End && d.toks[e+1].Start == t.End && d.toks[e+1].Kind == text.Word && d.toks[e-1].Kind == text.Word && d.toks[e+1].Fold != "s":
			e += 2 // "Da'iry", "M'Tumuke", but not the possessive "Giang's"
		case e > s && e+1 < n && t.Fold == "-" && t.Start == d.toks[e-1].End && d.toks[e+1].Start == t.End &&
			(d.nameTok(e+1) || d.toks[e+1].Kind == text.Word && !d.toks[e+1].Cap && !(e+2 < n && d.toks[e+2].Fold == "-")):
			e += 2 // "Al-Sisi", "Won-sik"
		default:
			return e
		}
	}
	return e
}

// givenAfterMiddle reports a capitalised word inside a sentence that ends
// a name after a middle name ("An" in "Nguyen Van An", "Ha" in "Tran Thi
// Ha"): such given names are often also English words the name steps
// would stop at.
func (d *doc) givenAfterMiddle(i int) bool {
	t, pv := &d.toks[i], &d.toks[i-1]
	// a one-word known name ("Thai" in "Le Duc Thai") is the given name
	// here; a longer one ("Thai Navy") is not
	if d.known[i].kind != 0 && (!d.kstart[i] || i+1 < len(d.toks) && d.known[i+1].kind != 0 && !d.kstart[i+1]) {
		return false
	}
	return t.Kind == text.Word && t.Cap && !t.Upper && !t.SentStart && d.lab[i] == nil &&
		t.Sent == pv.Sent && pv.Kind == text.Word && d.x.is(cMiddle, pv.Text) && d.nameTok(i-2)
}

// initialAt reports an initial at token i, "J." in "Lloyd J. Austin",
// followed by more of the name.
func (d *doc) initialAt(i int) bool {
	n := len(d.toks)
	if i+2 >= n || !text.IsInitial(&d.toks[i]) || d.lab[i] != nil || d.known[i].kind != 0 {
		return false
	}
	if d.toks[i+1].Fold != "." || d.toks[i+1].Start != d.toks[i].End {
		return false
	}
	return d.nameTok(i+2) && !d.x.is(cSuffix, d.toks[i+2].Text) || d.initialAt(i+2)
}

// nameWords returns the folded words of the name over tokens [s, e)
// without initials and suffixes: the words other mentions are matched on.
func (d *doc) nameWords(s, e int) []string {
	var out []string
	for i := s; i < e; i++ {
		t := &d.toks[i]
		if t.Kind != text.Word || text.IsInitial(t) && i+1 < e && d.toks[i+1].Fold == "." || i > s && d.x.is(cSuffix, t.Text) {
			continue
		}
		if i > s && d.toks[i-1].Fold == "-" && d.toks[i-1].Start == d.toks[i-2].End && len(out) > 0 {
			out[len(out)-1] += t.Fold // "Won-sik" is one word
			continue
		}
		out = append(out, t.Fold)
	}
	return out
}

// context reads what surrounds a name: a rank or honorific before it, the
// posts before it or in apposition after it, a reporting verb after it.
func (d *doc) context(r *run) {
	p, h := d.rankAndHonorifics(r)
	p = d.postsBefore(r, p, h)
	d.statesAround(r, p)
	d.appositionAfter(r)
	d.verbsAround(r)
	r.guest = d.guestAct(r.e)
}

// rankAndHonorifics reads the rank and the chain of honorifics before the
// name of r, and returns where the rank (p) and the honorifics (h) start.
func (d *doc) rankAndHonorifics(r *run) (p, h int) {
	p = r.s
	if p > 0 && d.known[p-1].kind == kRank {
		q := p - 1
		for q > 0 && !d.kstart[q] && d.known[q-1].kind == kRank {
			q--
		}
		r.rank = d.x.kb.Ranks[d.known[q].index].Canonical
		r.p, r.ctx, p = q, true, q
	}
	h = p // before an honorific: "Minister of Defense Mr. Minoru Kihara"
	switch {
	case p > 0 && d.x.is(cHonorific, d.toks[p-1].Text):
		r.ctx, h = true, p-1
	case p > 1 && d.toks[p-1].Fold == "." && d.x.is(cHonorific, d.toks[p-2].Text):
		r.ctx, h = true, p-2
	}
	if r.rank == "" {
		// a rank inside a chain of honorifics: "General Tan Sri
		// Mohammad", "Tan Sri Dato' Seri Lieutenant General (Retd) Haji
		// Azman"; the chain is no part of the name
		if rank, k := d.honorificChain(h); rank != "" {
			r.rank, r.ctx = rank, true
			r.p, p, h = k, k, k
		}
	}
	// the whole chain of honorifics: "Defence Minister Datuk Seri X"
	for h > 0 && h < p && d.toks[h-1].Sent == d.toks[p].Sent {
		t := &d.toks[h-1]
		if t.Kind == text.Word && t.Cap && (d.x.is(cHonorific, t.Text) || d.honorificHead(h-1) && d.known[h-1].kind == 0 && !d.x.is(cPosthead|cTitleword|cDomain, t.Text)) {
			h--
		} else if t.Fold == "'" && h > 1 && t.Start == d.toks[h-2].End && d.x.is(cHonorific, d.toks[h-2].Text) {
			h-- // "Dato'"
		} else {
			break
		}
	}
	return p, h
}

// postsBefore reads the posts stated before the name of r, from the rank
// at p or the honorifics at h, and returns where the description starts.
func (d *doc) postsBefore(r *run, p, h int) int {
	// the posts before the honorifics; an honorific may itself be a post
	// ("Crown Prince"), so without any the posts take it in
	if h < p {
		if r.titles = d.titlesBefore(h); len(r.titles) > 0 {
			p = h
		}
	}
	if len(r.titles) == 0 {
		r.titles = d.titlesBefore(p)
	}
	if len(r.titles) == 0 && h > 1 && d.toks[h-1].Fold == "," && d.closesApposition(r.e) && (r.e-r.s > 1 || r.rank != "" || h < p) {
		// a name in apposition after its post: "the Minister of Defence,
		// José Múcio Monteiro, said", "US Ambassador to Spain, Jane Roe.",
		// "Prime Minister, Datuk Seri Anwar Ibrahim, said"
		if ts := d.titlesBefore(h - 1); len(ts) > 0 && ts[len(ts)-1].e == h-1 {
			r.titles, p = ts, ts[0].s
		}
	}
	if p > 0 && d.toks[p-1].Cap && len(r.titles) == 0 && r.ctx && !d.postedTo(p-1) {
		// "Russian Colonel General Alexander Fomin"
		if c := d.x.countryOf(d.toks[p-1].Fold); c != "" {
			r.titles = append(r.titles, title{text: d.span(p-1, p), country: c, s: p - 1, e: p})
			r.demonymOnly = true
		}
	}
	if len(r.titles) > 0 {
		r.ctx = true
	}
	if t, ok := d.roleBefore(p); ok {
		r.titles = append(r.titles, t)
		r.ctx = true
	}
	return p
}

// statesAround reads the state the context gives the person of r whose
// description starts at p: a delegation led by them, "his Chinese
// counterpart", "X of Japan".
func (d *doc) statesAround(r *run, p int) {
	q := p
	if len(r.titles) > 0 && r.titles[0].s < q {
		q = r.titles[0].s
	}
	if r.country = d.ledBy(q); r.country == "" {
		r.country = d.counterpart(q)
	}
	if r.country == "" {
		r.country = d.delegationOf(q)
	}
	if _, code := d.ofCountry(r.e); code != "" && (r.rank != "" || len(r.titles) > 0) {
		r.own = code // "Minister Tanaka Ichiro of Japan"
	} else if r.rank != "" || len(r.titles) > 0 {
		r.own = d.ofBody(r.e) // "Air Vice-Marshal X of the Royal Australian Air Force"
	}
	if r.country != "" {
		r.ctx = true
	}
}

// appositionAfter reads the posts set off by a comma after the name of r:
// "X, Director of the Vietnam Peacekeeping Department", "X, who is ...".
func (d *doc) appositionAfter(r *run) {
	n := len(d.toks)
	e := r.e
	if e >= n || d.toks[e].Fold != "," || e+1 >= n {
		return
	}
	if d.toks[e+1].Fold == "who" {
		r.ctx = true
		r.titles = append(r.titles, d.titlesWho(e+2)...)
	}
	ts := d.titlesAfter(e + 1)
	if len(ts) == 0 {
		ts = d.lowerTitleAfter(e + 1)
	}
	if len(ts) > 0 && r.initial && r.e-r.s == 1 && !d.closesApposition(ts[len(ts)-1].e) {
		// an opening word then the subject: "Thereupon, the President
		// received ..." is no apposition
		ts = nil
	}
	if len(ts) > 0 {
		r.titles = append(r.titles, ts...)
		r.ctx = true
	}
}

// verbsAround reads a reporting verb before or after the name of r, and
// a capitalised word after it that makes the name part of a longer one.
func (d *doc) verbsAround(r *run) {
	n := len(d.toks)
	e := r.e
	if r.s >= 2 && r.e-r.s > 1 && d.toks[r.s-1].Kind == text.Word && !d.toks[r.s-1].Cap && d.x.is(cVerb, d.toks[r.s-1].Fold) && d.toks[r.s-2].Kind == text.Punct {
		r.ctx = true // a quote's speaker after the verb: "..., said Tea Banh"
	}
	if e < n && d.toks[e].Kind == text.Word && !d.toks[e].Cap && d.x.is(cVerb, d.toks[e].Fold) {
		if r.e-r.s > 1 || !r.initial {
			r.ctx = true
		}
	}
	if e < n && d.toks[e].Cap && d.toks[e].Kind == text.Word && r.rank == "" && len(r.titles) == 0 {
		r.ctx = false // part of a longer capitalised name: "Dien Bien Phu Victory"
	}
}

// hostAt reports whether the first state named from token k on, in the
// same sentence, is the article's own: the guest calls on the host ("on
// Philippine Navy Flag Officer ...", "to Australia", "on leaders of Ho Chi
// Minh City"), not on a third state's official.
func (d *doc) hostAt(k int) bool {
	for j := k; j < len(d.toks) && j-k < 10 && d.toks[j].Sent == d.toks[k-1].Sent; j++ {
		if c := d.stateAt(j); c != "" {
			return c == d.home
		}
		if kk := d.known[j]; kk.kind == kPlace && d.kstart[j] {
			return d.x.kb.Places[kk.index].Country == d.home
		}
	}
	return false
}

// guestAct reports a guest's act after a person's name ending at token e,
// past a description set off by commas: "Captain X, the ship's commander,
// will pay a courtesy call on ...", "Admiral Y is on an official visit to".
func (d *doc) guestAct(e int) bool {
	n := len(d.toks)
	if e < n && d.toks[e].Fold == "," {
		k := e + 1
		for k < n && k-e < 20 && d.toks[k].Sent == d.toks[e].Sent && d.toks[k].Fold != "," {
			k++
		}
		if k >= n || d.toks[k].Fold != "," {
			return false
		}
		e = k + 1
	}
	for k := e; k+1 < n && k-e < 7 && d.toks[k].Sent == d.toks[e-1].Sent; k++ {
		t := &d.toks[k]
		if t.Kind != text.Word || t.Cap {
			return false
		}
		if d.x.is(cGuestword, t.Fold) {
			nx := d.toks[k+1].Fold
			return (nx == "on" || nx == "to") && d.hostAt(k+2)
		}
	}
	return false
}

// postedTo reports a country at token k that is where a person serves,
// not whom: "the defence attaché in Singapore Le Quang Minh", "the envoy
// to the UAE Colonel ...".
func (d *doc) postedTo(k int) bool {
	if k > 0 && d.toks[k-1].Fold == "the" {
		k--
	}
	if k == 0 {
		return false
	}
	switch d.toks[k-1].Fold {
	case "in", "to", "at":
		return true
	}
	return false
}

// closesApposition reports whether token e ends a name set off by commas:
// a comma, a full stop or the end of the sentence follows it.
func (d *doc) closesApposition(e int) bool {
	if e >= len(d.toks) || d.toks[e].Sent != d.toks[e-1].Sent {
		return true
	}
	f := d.toks[e].Fold
	return f == "," || f == "." || f == ";"
}

// honorificChain walks back from token h over honorifics ("Haji", "Tan
// Sri", "Dato'"), retirement marks ("(Retd)") and ranks, and returns the
// first rank it crosses with the token where the chain starts; "" when the
// chain holds no rank.
func (d *doc) honorificChain(h int) (rank string, start int) {
	k := h
	sent := d.toks[h].Sent
	for k > 0 && d.toks[k-1].Sent == sent {
		t := &d.toks[k-1]
		switch {
		case d.known[k-1].kind != kRank && t.Kind == text.Word && t.Cap && (d.x.is(cHonorific, t.Text) || d.honorificHead(k-1) && d.known[k-1].kind == 0 && !d.x.is(cPosthead|cTitleword|cDomain, t.Text)):
			k--
		case t.Fold == "'" && k > 1 && t.Start == d.toks[k-2].End && d.x.is(cHonorific, d.toks[k-2].Text):
			k-- // the apostrophe of "Dato'"
		case t.Fold == ")":
			o := d.retired(k - 1)
			if o < 0 {
				return rank, start
			}
			k = o
		case d.known[k-1].kind == kRank:
			j := k - 1
			for j > 0 && !d.kstart[j] && d.known[j-1].kind == kRank {
				j--
			}
			if rank == "" {
				rank = d.x.kb.Ranks[d.known[j].index].Canonical
			}
			k = j
		default:
			return rank, k
		}
		if rank != "" {
			start = k
		}
	}
	return rank, start
}

// retired reads a retirement mark "(Retd)", "(Ret.)", "(retired)", or a
// short corps mark ("(Inf)", "(PN)"), that ends at the bracket c and
// returns where it opens, or -1.
func (d *doc) retired(c int) int {
	for o := c - 1; o >= 0 && c-o <= 4; o-- {
		if d.toks[o].Fold == "(" {
			switch d.toks[o+1].Fold {
			case "retd", "ret", "retired", "rtd":
				return o
			}
			if w := &d.toks[o+1]; o+2 == c && w.Kind == text.Word && w.Cap && len(w.Text) <= 4 {
				return o // a corps or service mark: "Lieutenant Colonel (Inf)", "Rear Admiral (PN)"
			}
			return -1
		}
	}
	return -1
}

// honorificHead reports a capitalised word that opens a two-word
// honorific before a name: "Tan" in "Tan Sri Mohammad", "Datuk" in "Datuk
// Seri Anwar". The honorific's second word comes right after it and a
// name right after that.
func (d *doc) honorificHead(i int) bool {
	if i+2 >= len(d.toks) || d.toks[i].Kind != text.Word || !d.toks[i].Cap {
		return false
	}
	nx := &d.toks[i+1]
	return nx.Sent == d.toks[i].Sent && nx.Kind == text.Word && nx.Cap && d.x.is(cHonorific, nx.Text) &&
		!d.x.is(cHonorific, d.toks[i].Text) || d.x.is(cHonorific, d.toks[i].Text) && d.x.is(cHonorific, nx.Text)
}

// titleTok reports a token that may sit inside a stated post.
func (d *doc) titleTok(i int) bool {
	t := &d.toks[i]
	if k := d.known[i].kind; (k == kCountry || k == kDemonym || k == kOrg) && !d.kstart[i] {
		return true // the dots of "U.S." in "U.S. Defense Secretary"
	}
	if d.post[i] && i > 0 && d.post[i-1] {
		return true // inside a known post: "Captain 1st Rank"
	}
	switch {
	case t.Fold == "s" && t.Kind == text.Word:
		return i > 0 && d.toks[i-1].Fold == "'" // "Japan's Minister"
	case t.Kind == text.Word && t.Cap:
		return !d.x.is(cFunction, t.Text) || t.Fold == "the"
	case t.Kind == text.Word:
		return t.Fold == "of" || t.Fold == "the" || t.Fold == "for" || t.Fold == "on" || t.Fold == "to" || t.Fold == "at" || t.Fold == "in" || d.x.is(cTitleword, t.Text) || d.x.is(cTitleword, capitalize(t.Fold)) || d.x.is(cPosthead, t.Text) || d.x.is(cPosthead, capitalize(t.Fold))
	case t.Fold == "-":
		// "Vice-President", but not a dash between phrases: "– Secretary"
		return i > 0 && i+1 < len(d.toks) && d.toks[i-1].End == t.Start && d.toks[i+1].Start == t.End
	case t.Fold == "'" || t.Fold == "+":
		return true
	}
	return false
}

// hasPost reports whether tokens [s, e) contain a post head word.
func (d *doc) hasPost(s, e int) bool {
	for i := s; i < e; i++ {
		t := &d.toks[i]
		if d.post[i] || t.Kind == text.Word && (d.x.is(cPosthead, t.Text) || d.x.is(cPosthead, capitalize(t.Fold))) {
			return true
		}
	}
	return false
}

// titlesBefore reads the posts stated before token p: "Politburo member,
// Vice Secretary of the Central Military Commission and Minister of
// National Defence" Gen. Phan Van Giang.
func (d *doc) titlesBefore(p int) []title {
	var out []title
	end := p
	for end > 0 && d.toks[end-1].Sent == d.toks[p].Sent {
		s := d.titleStart(end, p)
		for s >= 2 && s < end && d.toks[s-1].Fold == "and" && !d.hasPost(s, end) && d.fieldsOnly(s, end) && !(end == p && d.x.is(cDomain, d.toks[p].Text)) {
			// fields after "and" belong to the post before them:
			// "Minister of Defence and Military Production"
			s = d.titleStart(s-1, p)
		}
		for s < end && !d.toks[s].Cap && (d.toks[s].Fold == "of" || d.toks[s].Fold == "the" || d.toks[s].Fold == "for" || d.toks[s].Fold == "on" || d.toks[s].Fold == "to" || d.toks[s].Fold == "at" || d.toks[s].Fold == "in") {
			s++
		}
		if s < end && d.toks[s].SentStart && d.known[s].kind == 0 && strings.HasSuffix(d.toks[s].Fold, "ing") {
			s++ // an opening participle: "Welcoming Lao Minister X"
		}
		if s == end || !d.hasPost(s, end) || end < p && d.endsInName(s, end) {
			break
		}
		if l := &d.toks[end-1]; end == p && l.Kind == text.Word && !l.Cap {
			// "the Commander of the Communication ... Service": the word
			// after "of the" opens a body's name, not a person's
			switch l.Fold {
			case "of", "the", "for", "on", "to", "at", "in":
				return nil
			}
		}
		if end < p && s >= 2 && d.toks[s-1].Fold == "," && d.nameTok(s-2) {
			break // the apposition of the person before: "Admiral X, Commander of the Navy, and ..."
		}
		out = append([]title{d.title(s, end)}, out...)
		if s == 0 || d.toks[s-1].Sent != d.toks[p].Sent {
			break
		}
		if sep := d.toks[s-1].Fold; sep != "," && sep != "and" {
			break
		}
		end = s - 1
		if end > 0 && d.toks[end].Fold == "and" && d.toks[end-1].Fold == "," {
			end--
		}
	}
	return out
}

// titleStart returns the first token of the post candidate ending at
// end: words that may sit inside a post, back to an "and" or the start of
// the sentence of token p.
func (d *doc) titleStart(end, p int) int {
	s := end
	for s > 0 && d.toks[s-1].Sent == d.toks[p].Sent && d.toks[s-1].Fold != "and" {
		if d.titleTok(s - 1) {
			s--
		} else if s >= 4 && d.toks[s-1].Fold == ")" && d.toks[s-3].Fold == "(" && d.toks[s-2].Kind == text.Word && d.titleTok(s-4) {
			s -= 3 // an acronym inside the post: "Minister of Defense (Menhan)"
		} else {
			break
		}
	}
	return s
}

// fieldsOnly reports tokens [s, e) that are all capitalised field words
// ("Military Production", "International Cooperation"): no name, no rank.
func (d *doc) fieldsOnly(s, e int) bool {
	for i := s; i < e; i++ {
		t := &d.toks[i]
		if t.Kind != text.Word || !t.Cap || d.known[i].kind != 0 || !d.x.is(cDomain|cTitleword, t.Text) && !d.x.is(cDomain, capitalize(t.Fold)) {
			return false
		}
	}
	return e-s <= 3
}

// endsInName reports a title candidate [s, e) that ends in another
// person's name after a post: "Indonesian Defence Minister Prabowo
// Subianto" and Australian ... Richard Marles. The list of titles ends there.
func (d *doc) endsInName(s, e int) bool {
	j := e
	for j > s && d.nameTok(j-1) && !d.hasPost(j-1, j) {
		j--
	}
	if j == e || j == s {
		return false
	}
	if e-j >= 2 && (d.known[j-1].kind == kCountry || d.known[j-1].kind == kOrg) && d.hasPost(s, j-1) {
		return true // "President of Ukraine Volodymyr Zelensky"
	}
	if e-j >= 2 && d.hasPost(s, j) && d.x.is(cDomain, d.toks[j-1].Text) {
		return true // "Minister for Defence Chan Chun Sing"
	}
	return d.hasPost(j-1, j) || d.known[j-1].kind == kRank || d.x.is(cHonorific, d.toks[j-1].Text) ||
		d.toks[j-1].Fold == "." && j >= 2 && d.x.is(cHonorific, d.toks[j-2].Text)
}

// titlesAfter reads posts in apposition from token s: "Director of the
// Vietnam Peacekeeping Department", "Politburo member, ..., and Minister of
// National Defence".
func (d *doc) titlesAfter(s int) []title {
	var out []title
	for s < len(d.toks) {
		if d.toks[s].Fold == "and" {
			s++
		}
		e := s
		for e < len(d.toks) && d.toks[e].Sent == d.toks[s].Sent && d.titleTok(e) && d.toks[e].Fold != "and" && !(e > s && d.rankBeforeName(e)) {
			e++
		}
		if e == s || !d.hasPost(s, e) || d.namesPerson(s, e) || e < len(d.toks) && d.rankBeforeName(e) {
			return out // the last: "..., and Chief of Staff Lt. Gen. X" is X's post
		}
		if e+1 < len(d.toks) && d.toks[e].Fold == "," && (d.known[e+1].kind == kRank || d.nameTok(e+1) && e+2 < len(d.toks) && d.nameTok(e+2)) {
			// the post of the next person, set before their name: "...,
			// and Director of the X Department, General Y"
			return out
		}
		out = append(out, d.title(s, e))
		if e >= len(d.toks) || d.toks[e].Fold != "," && d.toks[e].Fold != "and" {
			return out
		}
		s = e + 1
	}
	return out
}

// lowerTitleAfter reads a post written in lower case in apposition from
// token s up to the next comma or the sentence's end: ", chairman of the
// joint chiefs of staff committee of Pakistan's armed forces".
func (d *doc) lowerTitleAfter(s int) []title {
	n := len(d.toks)
	if s >= n || d.toks[s].Kind != text.Word || d.toks[s].Cap {
		return nil
	}
	head := s
	if head+1 < n && d.x.is(cOrghead|cTitleword, capitalize(d.toks[s].Fold)) && !d.toks[head+1].Cap {
		head++ // "force commander of ...", "deputy chief of ..."
	}
	if d.toks[head].Kind != text.Word || !d.x.is(cPosthead, capitalize(d.toks[head].Fold)) {
		return nil
	}
	e := s
	for e < n && e-s < 15 && d.toks[e].Sent == d.toks[s].Sent {
		if f := d.toks[e].Fold; f == "," || f == "." || f == ";" || d.toks[e].Kind == text.Word && d.x.is(cVerb, f) {
			break
		}
		e++
	}
	if e == s || e-s >= 15 || e < n && d.toks[e].Sent == d.toks[s].Sent && d.toks[e].Kind == text.Word {
		return nil // no clear end: a clause, not a post
	}
	return []title{d.title(s, e)}
}

// rankBeforeName reports a rank starting at token i with a name after it.
func (d *doc) rankBeforeName(i int) bool {
	if d.known[i].kind != kRank || !d.kstart[i] {
		return false
	}
	j := i + 1
	for j < len(d.toks) && !d.kstart[j] && d.known[j].kind == kRank {
		j++
	}
	if j < len(d.toks) && d.toks[j].Fold == "." && d.toks[j].Start == d.toks[j-1].End {
		j++
	}
	return j < len(d.toks) && d.nameTok(j)
}

// namesPerson reports whether tokens [s, e) after a person's name are
// another person's description rather than a title in apposition: "...,
// U.S. Secretary of Defense Lloyd Austin, ..." ends in two name words
// right after the post.
func (d *doc) namesPerson(s, e int) bool {
	for k := s + 1; k+1 < e; k++ {
		if d.nameTok(k) && d.nameTok(k+1) && !d.nameTok(k-1) {
			switch d.toks[k-1].Fold {
			case "the", "of", "for", "and", "on", "to", "'", "s":
				continue
			}
			return true
		}
	}
	return false
}

// title builds the title over tokens [s, e) with the state it names.
func (d *doc) title(s, e int) title {
	t := title{text: d.span(s, e), s: s, e: e}
	if d.toks[s].Fold == "former" {
		t.former = true
	}
	body := "" // the state of a body named in the post
	posted := false
	for i := s; i < e; i++ {
		if d.kstart[i] {
			// for every word of "in South Sudan"; a demonym opening a
			// body's name is whose body it is: "attaché at the Indian
			// Embassy"
			posted = d.postedTo(i) && !(d.known[i].kind == kDemonym && d.opensOrg(d.knownEnd(i)))
		}
		switch k := d.known[i]; k.kind {
		case kCountry, kDemonym:
			if t.country == "" && !posted {
				// not where the holder is posted: "Ambassador in Vietnam"
				t.country = d.x.kb.Countries[k.index].Code
			}
		case kOrg:
			o := d.x.kb.Orgs[k.index]
			if body == "" && d.kstart[i] && len(d.x.kb.OrgsNamed(d.span(i, d.knownEnd(i)))) == 1 {
				// a generic name ("Ministry of Defence") names no state
				body = o.Country
			}
			t.intl = t.intl || o.Country == "" && !isNational(o.Kind)
		}
	}
	if t.country == "" {
		// a stated state beats a body's: "Chairman of the Joint Chiefs
		// of Staff Committee of Pakistan"
		t.country = body
	}
	return t
}

// knownEnd returns the end of the knowledge-base match starting at i.
func (d *doc) knownEnd(i int) int {
	e := i + 1
	for e < len(d.toks) && !d.kstart[e] && d.known[e] == d.known[i] {
		e++
	}
	return e
}

// person creates (or extends) the person of run r.
func (d *doc) person(r run) *cand {
	name := d.span(r.s, r.e)
	c := d.get(attache.Person, fold.Key(name), name)
	if len(c.parts) == 0 {
		d.setParts(c, r.words)
	}
	d.mergePerson(c, r)
	return c
}

// mergePerson adds run r as a mention of person c with its rank and titles.
func (d *doc) mergePerson(c *cand, r run) {
	d.add(c, r.s, r.e)
	c.guest = c.guest || r.guest
	if k := r.s - 1; k >= 0 && d.toks[k].Cap && d.x.is(cStyle, d.toks[k].Text) && d.toks[k].Sent == d.toks[r.s].Sent {
		// a ruler's style is written as part of the name: "Sultan
		// Ibrahim", "Sheikh Tamim bin Hamad Al Thani"
		if k > 0 && d.toks[k-1].Cap && d.x.is(cStyle, d.toks[k-1].Text) {
			k-- // "Crown Prince"
		}
		c.addForm(d.span(k, r.e))
	}
	if c.country == "" {
		c.country = r.own // stated after the name, it beats the posts'
	}
	if r.rank != "" {
		if c.rank == "" {
			c.rank = r.rank
		}
		if r.e-r.s == 1 {
			c.addForm(d.span(r.p, r.e))
		}
	}
	for _, t := range r.titles {
		if r.demonymOnly {
			if c.country == "" {
				c.country = t.country
			}
			continue
		}
		dup := false
		for _, old := range c.titles {
			dup = dup || old == t.text
		}
		if !dup {
			c.titles = append(c.titles, t.text)
			if t.former {
				c.former = append(c.former, t.text)
			}
		}
		if c.country == "" && t.country != "" && !t.former {
			c.country = t.country
		}
		if c.country == "" && r.country == "" && !t.former {
			// a post only one state has: "Secretary of Defense"
			c.country = d.x.spost[fold.Key(t.text)]
		}
	}
	if c.country == "" {
		c.country = r.country
	}
	for _, t := range r.titles {
		// a UN or alliance post says nothing of the holder's own state,
		// so the article's country is no default for them
		c.intl = c.intl || t.intl && !t.former && t.country == ""
	}
	for _, t := range r.titles {
		if c.country == "" && t.former && t.country != "" {
			// a former post still says whose official one was, which
			// beats the article's own country
			c.country = t.country
		}
	}
	// the article's own country is only a fallback: finish applies it, so
	// that a later mention with a stated nationality still counts.
	// A post names no body: "Minister of National Defence" alone does not
	// name the ministry, so none is inferred from it.
	// the fullest form is the name: more words, or the same words with
	// initials and suffix ("Lloyd J. Austin III" over "Lloyd Austin")
	if len(r.words) > len(c.parts) || len(r.words) == len(c.parts) && r.e-r.s > len(text.Tokenize(c.name)) && hasPrefix(c.parts, r.words) {
		c.name = d.span(r.s, r.e)
		d.setParts(c, r.words)
	}
}

// personFor returns the one person whose name contains the words of r as
// its first or last words ("Giang" → Phan Van Giang, "Xi" → Xi Jinping),
// or nil when none or several do.
func (d *doc) personFor(r run) *cand {
	words := r.words
	var found *cand
	for c := range d.peopleFor(words) {
		if c.typ != attache.Person || len(c.parts) < len(words) {
			continue
		}
		if hasPrefix(c.parts, words) || hasPrefix(reverse(c.parts), reverse(words)) || d.beforeParticle(c.parts, words) || d.afterPrefixName(c.parts, words) {
			if found != nil && found != c {
				return nil
			}
			found = c
		}
	}
	if found != nil && len(found.parts) == len(words) && !r.ctx && r.initial {
		// only the same single word again at a sentence start: still them
		return found
	}
	return found
}

// afterPrefixName reports words that open a name after its common first
// name: "Khaled" or "Khaled Nordin" of "Mohamed Khaled Nordin".
func (d *doc) afterPrefixName(parts, words []string) bool {
	return len(parts) > 2 && len(parts)-1 > len(words) && d.x.is(cPrefixname, parts[0]) && hasPrefix(parts[1:], words)
}

// surnameWithParticle returns the person already named in full whose
// name ends with the two words of r, a particle and a surname: "Al
// Rahbi" of "Saif bin Nasser Al Rahbi", or nil.
func (d *doc) surnameWithParticle(r run) *cand {
	if len(r.words) != 2 || !d.x.is(cParticle, r.words[0]) {
		return nil
	}
	if c := d.personFor(r); c != nil && len(c.parts) > 2 {
		return c
	}
	return nil
}

// mergeShortNames joins a person named by the first words of exactly one
// other person's longer name into that person: a headline's "Mohamed
// Khaled" before the text's "Mohamed Khaled Nordin", a short form written
// before the full name, which personFor could not yet find.
func (d *doc) mergeShortNames() {
	// each person's longer name under each of its shorter first-word
	// forms, nil where two names share the form: a map keeps a text
	// naming thousands of people linear
	longer := map[string]*cand{}
	for _, o := range d.cands {
		if o.typ != attache.Person || len(o.mentions) == 0 {
			continue
		}
		for k := 2; k < len(o.parts); k++ {
			key := strings.Join(o.parts[:k], " ")
			if prev, ok := longer[key]; ok && prev != o {
				longer[key] = nil
				continue
			}
			longer[key] = o
		}
	}
	if len(longer) == 0 {
		return
	}
	for _, c := range d.cands {
		if c.typ != attache.Person || len(c.mentions) == 0 || len(c.parts) < 2 {
			continue
		}
		long := longer[strings.Join(c.parts, " ")]
		if long == nil || len(long.mentions) == 0 || c.rank != "" && long.rank != "" && c.rank != long.rank {
			continue
		}
		long.mentions = append(long.mentions, c.mentions...)
		for _, f := range c.forms {
			long.addForm(f)
		}
		if long.rank == "" {
			long.rank = c.rank
		}
		if long.country == "" {
			long.country = c.country
		}
		for _, t := range c.titles {
			if !slices.Contains(long.titles, t) {
				long.titles = append(long.titles, t)
			}
		}
		c.mentions = nil
	}
}

// beforeParticle reports a one-word short form that is the word before a
// particle inside a full name: "Lula" of "Luiz Inácio Lula da Silva",
// the family name Portuguese and Spanish usage shortens the name to.
func (d *doc) beforeParticle(parts, words []string) bool {
	if len(words) != 1 {
		return false
	}
	for k := 1; k+2 < len(parts); k++ {
		if parts[k] == words[0] && d.x.is(cParticle, parts[k+1]) {
			return true
		}
	}
	return false
}

func hasPrefix(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func reverse(a []string) []string {
	out := make([]string, len(a))
	for i, v := range a {
		out[len(a)-1-i] = v
	}
	return out
}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
