package extract

import (
	"strings"

	"attache/extract/text"
	"attache/kb"
)

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
		return !d.textIs(i, cFunction) || t.Fold == "the"
	case t.Kind == text.Word && isOrdinal(t):
		// the number of a unit inside the post: "Commander of the 5th Corps"
		return i+1 < len(d.toks) && d.toks[i+1].Cap && d.toks[i+1].Sent == t.Sent && i > 0 && d.toks[i-1].Fold == "the"
	case t.Kind == text.Word:
		return t.Fold == "of" || t.Fold == "the" || t.Fold == "for" || t.Fold == "on" || t.Fold == "to" || t.Fold == "at" || t.Fold == "in" || d.textIs(i, cTitleword|cPosthead) || d.x.isCapitalized(cTitleword|cPosthead, t.Fold)
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
	if d.postHead == nil {
		d.postHead = make([]uint8, len(d.toks))
	}
	for i := s; i < e; i++ {
		if d.postHead[i] == 0 {
			d.postHead[i] = 2
			if t := &d.toks[i]; d.post[i] || t.Kind == text.Word && (d.x.is(cPosthead, t.Text) || d.x.isCapitalized(cPosthead, t.Fold)) {
				d.postHead[i] = 1
			}
		}
		if d.postHead[i] == 1 {
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
		for s >= 2 && s < end && d.toks[s-1].Fold == "and" && !d.hasPost(s, end) && d.fieldsOnly(s, end) && !(end == p && d.textIs(p, cDomain)) {
			// fields after "and" belong to the post before them:
			// "Minister of Defence and Military Production"
			s = d.titleStart(s-1, p)
		}
		if s >= 2 && s < end && d.toks[s-1].Fold == "and" && d.regionAfterFor(s, end, p) {
			s = d.titleStart(s-1, p) // "Secretary of Defense for South and Southeast Asia"
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

// maxTitleTokens bounds how far before the name at token p its posts are
// read. The posts before a name in the development and sample articles
// start at most 27 tokens before it (several posts joined by commas and
// "and"); without a bound a sentence of post-like words holding no post
// ("Aug of Aug of ...") made every name in it walk back to the sentence
// start, hundreds of tokens, and scan them all for a post head.
const maxTitleTokens = 64

// titleStart returns the first token of the post candidate ending at
// end: words that may sit inside a post, back to an "and", the start of
// the sentence of token p, or maxTitleTokens before p.
func (d *doc) titleStart(end, p int) int {
	s := end
	for s > 0 && p-s < maxTitleTokens && d.toks[s-1].Sent == d.toks[p].Sent && d.toks[s-1].Fold != "and" {
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
		if t.Kind != text.Word || !t.Cap || d.known[i].kind != 0 || !d.x.is(cDomain|cTitleword, t.Text) && !d.x.isCapitalized(cDomain, t.Fold) {
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
	if e-j >= 2 && d.hasPost(s, j) && d.textIs(j-1, cDomain) {
		return true // "Minister for Defence Chan Chun Sing"
	}
	return d.hasPost(j-1, j) || d.known[j-1].kind == kRank || d.textIs(j-1, cHonorific) ||
		d.toks[j-1].Fold == "." && j >= 2 && d.textIs(j-2, cHonorific)
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
		if s < len(d.toks) && d.rankBeforeName(s) {
			return out // "..., and Air Vice Marshal X": the next person
		}
		e := s
		for e < len(d.toks) && d.toks[e].Sent == d.toks[s].Sent && d.titleTok(e) && d.toks[e].Fold != "and" && !(e > s && d.rankBeforeName(e)) {
			e++
		}
		if e == s || !d.hasPost(s, e) || d.namesPerson(s, e) || e < len(d.toks) && d.rankBeforeName(e) {
			return out // the last: "..., and Chief of Staff Lt. Gen. X" is X's post
		}
		if e+1 < len(d.toks) && d.toks[e].Fold == "," && (d.known[e+1].kind == kRank || d.nameTok(e+1) && e+2 < len(d.toks) && d.nameTok(e+2) || d.honorificBeforeName(e+1)) && !d.postAfterName(e+1) {
			// the post of the next person, set before their name: "...,
			// and Director of the X Department, General Y"; unless that
			// person has a post after the name, as in a list of names
			// each followed by its post ("A, Chief of Staff, B,
			// Commander of the Army, and C, ...")
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

// honorificBeforeName reports an honorific at token i with a name after
// it, its full stop skipped: "Mr Tarek ...", "Dr. Salim ...".
func (d *doc) honorificBeforeName(i int) bool {
	n := len(d.toks)
	if i >= n || !d.toks[i].Cap || !d.textIs(i, cHonorific) {
		return false
	}
	j := i + 1
	if j < n && d.toks[j].Fold == "." && d.toks[j].Start == d.toks[i].End {
		j++
	}
	return j < n && d.toks[j].Sent == d.toks[i].Sent && d.nameTok(j)
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
	if head+1 < n && d.x.isCapitalized(cOrghead|cTitleword, d.toks[s].Fold) && !d.toks[head+1].Cap {
		head++ // "force commander of ...", "deputy chief of ..."
	}
	if d.toks[head].Kind != text.Word || !d.x.isCapitalized(cPosthead, d.toks[head].Fold) {
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
			if d.kstart[i] && (body == "" || d.ofBefore(i)) {
				// a generic name ("Ministry of Defence") names no state;
				// one the knowledge base lists twice for one state does.
				// A body "of" another is that one's: "General Department
				// of Logistics of the Lao People's Army" is Laos's even
				// where the first name is known as another state's body.
				if st := oneState(d.x.kb.OrgsNamed(d.span(i, d.knownEnd(i)))); st != "" || body == "" {
					body = st
				}
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

// ofBefore reports "of" or "of the" right before token i, after the end
// of another body's name: the body at i owns the one before it.
func (d *doc) ofBefore(i int) bool {
	j := i - 1
	if j > 0 && d.toks[j].Fold == "the" {
		j--
	}
	return j > 0 && d.toks[j].Fold == "of" && d.known[j-1].kind == kOrg
}

// knownEnd returns the end of the knowledge-base match starting at i.
func (d *doc) knownEnd(i int) int {
	e := i + 1
	for e < len(d.toks) && !d.kstart[e] && d.known[e] == d.known[i] {
		e++
	}
	return e
}

// postInsides marks in, all false, one per token, at the tokens that lie
// inside a post's name after its first word: a rank word there ends the
// post ("General" of "Director General") rather than opening a rank.
func postInsides(in []bool, posts []match) []bool {
	for _, m := range posts {
		for i := m.start + 1; i < m.end; i++ {
			in[i] = true
		}
	}
	return in
}

// bodyGeneral reports "General" at token i ending a body's head word
// (lexicon generalbody): "Directorate General of Defence Strategy".
func (d *doc) bodyGeneral(i int) bool {
	return i > 0 && d.toks[i].Fold == "general" && d.toks[i].Cap && d.toks[i-1].Cap && d.textIs(i-1, cGeneralbody)
}

// generalField extends a "Directorate General" name ending at e over the
// field written after it without "of" and the service it belongs to in
// brackets: "Directorate General Public Relations (Navy)". It returns e
// when no field word closes up to three capitalised words.
func (d *doc) generalField(e int) int {
	n, end := len(d.toks), e
	for k := e; k < n && k-e < 3 && d.toks[k].Cap && d.toks[k].Kind == text.Word && d.toks[k].Sent == d.toks[e-1].Sent && d.lab[k] == nil && d.known[k].kind == 0; k++ {
		if d.textIs(k, cDomain) {
			end = k + 1
		}
	}
	if end == e || end+2 >= n || d.toks[end].Fold != "(" {
		return end
	}
	for c := end + 2; c < n && c <= end+3; c++ { // "(Navy)", "(Air Force)"
		if d.toks[c].Fold == ")" && d.toks[c-1].Cap && d.textIs(c-1, cOrghead) {
			return c + 1
		}
	}
	return end
}

// allIn reports whether every index of [s, e) is marked in in.
func allIn(in []bool, s, e int) bool {
	for i := s; i < e; i++ {
		if !in[i] {
			return false
		}
	}
	return true
}

// oneState returns the state all of orgs belong to, or "" when they
// belong to several (a generic name: "Ministry of Defence") or to none.
func oneState(orgs []kb.Org) string {
	if len(orgs) == 0 {
		return ""
	}
	for _, o := range orgs[1:] {
		if o.Country != orgs[0].Country {
			return ""
		}
	}
	return orgs[0].Country
}

// nameMax and postMax bound the name and the post postAfterName reads,
// so that a long run of capitalised words costs no more per name.
const (
	nameMax = 8
	postMax = 20
)

// postAfterName reports whether a person's name, with its rank before it,
// starts at token j and is followed by a comma and a post: "General Y,
// Commander of the Royal Army" in a list of names each followed by its
// post.
func (d *doc) postAfterName(j int) bool {
	n := len(d.toks)
	for j < n && (d.known[j].kind == kRank || d.toks[j].Fold == "." && j > 0 && d.known[j-1].kind == kRank) {
		j++
	}
	k := j
	for k < n && k-j < nameMax && d.toks[k].Sent == d.toks[j].Sent && (d.nameTok(k) || k > j && d.textIs(k, cParticle)) {
		k++
	}
	if k == j || k+1 >= n || d.toks[k].Fold != "," {
		return false
	}
	e := k + 1
	for e < n && e-k <= postMax && d.toks[e].Sent == d.toks[k].Sent && d.titleTok(e) && d.toks[e].Fold != "and" {
		e++
	}
	return e > k+1 && d.hasPost(k+1, e) && !d.namesPerson(k+1, e)
}
