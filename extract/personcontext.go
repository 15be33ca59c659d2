package extract

import (
	"attache/extract/text"
)

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
	case p > 0 && d.textIs(p-1, cHonorific):
		r.ctx, h = true, p-1
	case p > 1 && d.toks[p-1].Fold == "." && d.textIs(p-2, cHonorific):
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
		if t.Kind == text.Word && t.Cap && (d.textIs(h-1, cHonorific) || d.honorificHead(h-1) && d.known[h-1].kind == 0 && !d.textIs(h-1, cPosthead|cTitleword|cDomain)) {
			h--
		} else if t.Fold == "'" && h > 1 && t.Start == d.toks[h-2].End && d.textIs(h-2, cHonorific) {
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
	c := h - 1 // the comma before the name, or before "the Hon"
	if h < p && c > 1 && d.toks[c].Fold == "the" {
		c--
	}
	if len(r.titles) == 0 && c > 0 && d.toks[c].Fold == "," && d.closesApposition(r.e) && (r.e-r.s > 1 || r.rank != "" || h < p) {
		// a name in apposition after its post: "the Minister of Defence,
		// José Múcio Monteiro, said", "US Ambassador to Spain, Jane Roe.",
		// "Prime Minister, Datuk Seri Anwar Ibrahim, said", "the Minister
		// for Defence, the Hon Dr X MP, said"
		if ts := d.titlesBefore(c); len(ts) > 0 && ts[len(ts)-1].e == c && !d.previousPost(ts[0].s, r.e) {
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

// previousPost reports whether the post starting at token s, set off by
// commas before a name that ends at token e, is the post of the name
// before it: in "A, Chief of Staff of the Navy, General B, Commander of
// the Army," each name is followed by its own post.
func (d *doc) previousPost(s, e int) bool {
	if s < 2 || d.toks[s-1].Fold != "," || !d.nameTok(s-2) && d.lab[s-2] == nil {
		return false
	}
	return e+1 < len(d.toks) && d.toks[e].Fold == "," && len(d.titlesAfter(e+1)) > 0
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
	if r.country == "" {
		r.country = d.whoLeads(r.e)
	}
	if code := d.behalfOf(r.e); code != "" {
		r.own = code // "X signed for Romania", "Y on behalf of the Philippines"
	} else if _, code := d.ofCountry(r.e); code != "" && (r.rank != "" || len(r.titles) > 0) {
		r.own = code // "Minister Tanaka Ichiro of Japan"
	} else if r.rank != "" || len(r.titles) > 0 {
		r.own = d.ofBody(r.e) // "Air Vice-Marshal X of the Royal Australian Air Force"
	}
	if r.country != "" {
		r.ctx = true
	}
}

// behalfOf returns the state a person whose name ends at token e signs
// or acts for, told right after the name: "X signed for Romania", "Y
// signed on behalf of the Philippine side", "Z on behalf of Japan"; ""
// when there is none.
func (d *doc) behalfOf(e int) string {
	n := len(d.toks)
	k := e
	if k < n && d.toks[k].Fold == "signed" {
		k++
		if k < n && d.toks[k].Fold == "for" {
			k++
		}
	}
	if k == e || k < n && d.toks[k].Fold == "on" {
		if k+2 >= n || d.toks[k].Fold != "on" || d.toks[k+1].Fold != "behalf" || d.toks[k+2].Fold != "of" {
			return ""
		}
		k += 3
	}
	if k < n && d.toks[k].Fold == "the" {
		k++
	}
	if k >= n || d.toks[k].Sent != d.toks[e-1].Sent {
		return ""
	}
	return d.stateAt(k)
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
	if len(ts) == 0 {
		ts = d.describedAs(e + 1)
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
	if r.s >= 2 && r.e-r.s > 1 && d.toks[r.s-1].Kind == text.Word && !d.toks[r.s-1].Cap && d.foldIs(r.s-1, cVerb) && d.toks[r.s-2].Kind == text.Punct {
		r.ctx = true // a quote's speaker after the verb: "..., said Tea Banh"
	}
	if e < n && d.toks[e].Kind == text.Word && !d.toks[e].Cap && d.foldIs(e, cVerb) {
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
	// no state named: a call on an official by post is on the host ("on
	// the Commander of the Eastern Naval Area"); "on the troops to ..." is
	// no call
	if k < len(d.toks) && d.toks[k].Fold == "the" {
		k++
	}
	return k < len(d.toks) && d.toks[k].Cap && d.toks[k].Kind == text.Word && d.x.is(cPosthead|cTitleword, d.toks[k].Text)
}

// guestAct reports a guest's act after a person's name ending at token e,
// past a description set off by commas: "Captain X, the ship's commander,
// will pay a courtesy call on ...", "Admiral Y is on an official visit to".
func (d *doc) guestAct(e int) bool {
	n := len(d.toks)
	if e+1 < n && d.toks[e].Fold == "," && d.guestActAt(e+1) {
		return true // the act right after the name's commas: "The ship's commander, Captain X, called on ..."
	}
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
	return d.guestActAt(e)
}

// guestActAt reports a guest's act in the words from token e on: "called
// on", "will pay a courtesy call on", "is on an official visit to", with
// the host state or no other state after it.
func (d *doc) guestActAt(e int) bool {
	n := len(d.toks)
	for k := e; k+1 < n && k-e < 10 && d.toks[k].Sent == d.toks[e-1].Sent; k++ {
		t := &d.toks[k]
		if t.Fold == "-" || t.Kind == text.Number {
			continue // a length: "is on a three-day working visit to"
		}
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
// a comma, a full stop or the end of the sentence follows it, or
// post-nominal letters ("MP") and then one of them.
func (d *doc) closesApposition(e int) bool {
	if e >= len(d.toks) || d.toks[e].Sent != d.toks[e-1].Sent {
		return true
	}
	f := d.toks[e].Fold
	if d.toks[e].Cap && d.x.is(cPostnominal, d.toks[e].Text) {
		// "the Minister for Defence, the Hon Dr X MP, said"
		return d.closesApposition(e + 1)
	}
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
		case t.Fold == "'" && k > 1 && t.Start == d.toks[k-2].End && d.textIs(k-2, cHonorific):
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
			if w := &d.toks[o+1]; o+2 == c && w.Kind == text.Word && w.Cap && len(w.Text) <= 8 {
				return o // a corps or service mark: "Lieutenant Colonel (Inf)", "Rear Admiral (PN)", "Lieutenant General (Pilot)"
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
		!d.textIs(i, cHonorific) || d.textIs(i, cHonorific) && d.x.is(cHonorific, nx.Text)
}
