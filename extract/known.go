package extract

import (
	"strconv"

	"attache"
	"attache/extract/text"
	"attache/kb"
)

// knownEntities turns gazetteer matches of organisations and places into
// candidates. Ranks, posts and countries are used by later stages.
func (d *doc) knownEntities(ms []match) {
	for _, m := range ms {
		switch e := d.pickEntry(m.p.entries); e.kind {
		case kOrg:
			d.knownOrg(m, e.index)
		case kPlace:
			d.knownPlace(m, e.index)
		}
	}
}

// knownOrg records the known organisation with index oi matched by m, or
// the longer name it opens.
func (d *doc) knownOrg(m match, oi int) {
	o := d.x.kb.Orgs[oi]
	if d.textIs(m.end-1, cEventword) || d.isTitlePart(m.end) || d.isDocPart(m.end) || d.x.eventOrg[oi] {
		return
	}
	if d.x.modOrg[oi] && d.asModifier(m.start, m.end) {
		return // "UN peacekeeping missions", "UN medals": no mention of the body
	}
	if d.bodyAfterPost(m, o) {
		return
	}
	if c := d.lab[m.start]; c != nil && c.typ == attache.Organization && m.start > 1 && d.toks[m.start-1].Fold == "(" && d.lab[m.start-2] == c &&
		m.end < len(d.toks) && d.toks[m.end].Fold == ")" {
		// the acronym of the body named just before: "the Ministry of
		// Defence (MINDEF)" is one body, the known one
		if d.lab[m.end] == c {
			return // the force's acronym inside its branch's name: "People's Liberation Army (PLA) Navy"
		}
		c.addForm(o.Name)
		if c.country == "" {
			c.country = o.Country
		}
		return
	}
	if d.serviceBranch(m, o) || d.longerKnownOrg(m, o.Kind) {
		return
	}
	end := m.end
	if t := &d.toks[end-1]; t.Kind == text.Number && end < len(d.toks) && d.toks[end].Cap && d.textIs(end, cOrghead) && d.toks[end].Sent == t.Sent {
		end++ // the command of a numbered area: "Naval Region 4 Command"
	}
	after := m.end // where an acronym in parentheses would follow
	if o.Kind == "company" {
		end = d.legalForm(end)
		after = end
	}
	c := d.get(attache.Organization, "kb"+strconv.Itoa(oi), d.span(m.start, end))
	c.country = o.Country
	if c.country == "" && isNational(o.Kind) {
		c.country = d.home
	}
	c.addForm(o.Name)
	d.add(c, m.start, end)
	d.acronymAfter(c, after)
	h := m.end - 1
	for h-1 > m.start && d.textIs(h-1, cOrghead) {
		h--
	}
	if d.textIs(h, cOrghead) {
		d.ellipsis(c, m.start, h, m.end)
	}
}

// longerKnownOrg records the longer name a known organisation matched by
// m opens ("Joint Chiefs of Staff Committee", "the Ministry of Defence of
// Mongolia"), if any, and reports whether it did.
func (d *doc) longerKnownOrg(m match, kind string) bool {
	if x := d.headAfterAcronym(m.end); x > m.end {
		// the acronym written before the head word that ends the name:
		// "Inter Services Public Relations (ISPR) Directorate"
		c := d.get(attache.Organization, unitKey(d.toks[m.start:x]), d.span(m.start, m.end)+" "+d.span(x-1, x))
		if c.country == "" {
			c.country = d.home
		}
		d.add(c, m.start, x)
		d.acronyms(c, m.end+1, m.end+2)
		return true
	}
	if x := d.longerBody(m.end); x > m.end {
		x = d.areaAfter(x, d.toks[m.start].Sent)
		// a body named after a known one: "Joint Chiefs of Staff
		// Committee", "Australian Defence Force Headquarters"
		end, code := d.ofCountry(x)
		if end == 0 {
			x = d.orgRight(x) // "ECOWAS Council of Ministers", "AU Mission in Somalia"
		}
		d.longerOrg(m.start, x, code, "")
		return true
	}
	if end, code := d.ofCountry(m.end); end > 0 && isNational(kind) {
		// "the Ministry of Defence of Mongolia": a generic name made one
		// state's; the generic name stays an alias
		d.longerOrg(m.start, end, code, d.span(m.start, m.end))
		return true
	}
	if end := d.fieldsAfter(m.end); end > m.end && isNational(kind) {
		// "the Ministry of Defence Production", "the Department of Defence
		// Production of India": another body than the generic one
		x, code := d.ofCountry(end)
		if x == 0 {
			x = end
		}
		d.longerOrg(m.start, x, code, "")
		return true
	}
	if end := d.andFields(m.end); end > m.end && isNational(kind) {
		// "the Ministry of Defence and Veteran Affairs": a longer name of
		// one state's body, the generic name staying an alias
		d.longerOrg(m.start, end, "", d.span(m.start, m.end))
		return true
	}
	return false
}

// headAfterAcronym returns the end of one head word written after an
// acronym in parentheses that follows a known body's name at e, when no
// capitalised word follows it ("Public Relations (ISPR) Directorate
// said"), or e.
func (d *doc) headAfterAcronym(e int) int {
	n := len(d.toks)
	if e+3 >= n || d.toks[e].Fold != "(" || !d.toks[e+1].Upper || d.toks[e+2].Fold != ")" {
		return e
	}
	h := e + 3
	if !d.toks[h].Cap || d.toks[h].Sent != d.toks[e].Sent || d.known[h].kind != 0 || !d.x.is(cOrgprefix, d.toks[h].Text) || d.x.is(cService, d.toks[h].Text) {
		return e
	}
	if h+1 < n && d.toks[h+1].Cap && d.toks[h+1].Kind == text.Word && d.toks[h+1].Sent == d.toks[h].Sent {
		return e
	}
	return h + 1
}

// longerOrg records the organisation named over tokens [s, e), longer
// than the known name it opens with: of state code when the text states
// one, else of the article's home; short, when set, is one more form.
func (d *doc) longerOrg(s, e int, code, short string) {
	c := d.get(attache.Organization, unitKey(d.toks[s:e]), d.span(s, e))
	if code != "" {
		c.country = code
	} else if c.country == "" {
		c.country = d.home
	}
	d.add(c, s, e)
	if short != "" {
		c.addForm(short)
	}
	d.acronymAfter(c, e)
}

// legalForm returns the end of a company's legal form written after its
// name at token e ("Ltd.", "Co., Ltd.", "JSC"), which belongs to the name
// ("Korea Aerospace Industries Ltd."); e when there is none.
func (d *doc) legalForm(e int) int {
	n, end := len(d.toks), e
	for k := e; k < n && k-e < 5; {
		j := k
		if j > e && d.toks[j].Fold == "," && j+1 < n {
			j++ // "Co., Ltd."
		}
		if !d.textIs(j, cLegalform) || d.toks[j].Sent != d.toks[e-1].Sent && !d.textIs(j, cAbbrev) {
			break
		}
		j++
		if j < n && d.toks[j].Fold == "." && d.toks[j].Start == d.toks[j-1].End {
			j++
		}
		end, k = j, j
	}
	return end
}

// bodyAfterPost records the body named after "of (the)" in a known name
// whose first words end a post: "Chief of the General Staff of the
// Vietnam People's Army" names the army, the staff being part of the
// post. It reports whether it did.
func (d *doc) bodyAfterPost(m match, o kb.Org) bool {
	if m.start == 0 || !d.post[m.start] || !d.post[m.start-1] {
		return false
	}
	k := d.afterOf(m.start, m.end)
	j := m.start // the end of the post
	for j < m.end && d.post[j] {
		j++
	}
	if k == 0 || j > k || m.end-k < 2 || !d.textIs(m.end-1, cOrghead) {
		return false
	}
	name := d.span(k, m.end)
	if d.x.countryName(name) != "" {
		return false // "Security Council of the Russian Federation" names the council
	}
	c := d.get(attache.Organization, unitKey(d.toks[k:m.end]), name)
	if named := d.x.kb.OrgsNamed(name); len(named) > 0 {
		c.addForm(named[0].Name)
	}
	c.country = o.Country
	d.add(c, k, m.end)
	return true
}

// knownPlace records the known place with index pi matched by m, or the
// longer place named after it.
func (d *doc) knownPlace(m match, pi int) {
	p := d.x.kb.Places[pi]
	if d.lab[m.start] != nil {
		return // the area of a command named before: "Forces Pacific"
	}
	if m.end < len(d.toks) && d.toks[m.end].Cap && d.toks[m.end].Kind == text.Word && !d.textIs(m.end, cPlacehead) && d.toks[m.end].Sent == d.toks[m.start].Sent && !d.opensPerson(m.end) {
		return // part of a longer name: "Dien Bien Phu Victory"
	}
	if d.afterArticleHyphen(m.start) {
		return // the end of a family name: "Al-Sabah", not the state of Sabah
	}
	if d.inCodeName(m.start, m.end) {
		return // a word of an exercise's name: "Exercise Bersama Lima"
	}
	if d.shipName(m.start) {
		return // a ship named after a place: "INS Delhi", "BRP Davao del Sur"
	}
	if f := m.end; f < len(d.toks) && d.textIs(f, cGeohead) && d.toks[f].Sent == d.toks[m.start].Sent {
		// another place named after this one: "Melaka Strait"
		d.placeAfter(m, f, pi)
		return
	}
	if m.start > 0 && d.toks[m.start-1].LineStart && d.isAgency(m.start-1, m.start) && (m.end == len(d.toks) || d.toks[m.end].LineStart) {
		return // an agency's signature line: "PIB Delhi"
	}
	if f := d.siteAfter(m.end); f > 0 && d.toks[f].Sent == d.toks[m.start].Sent {
		// a site named after the town: "Kubinka airfield", "Otar
		// training ground" are places of their own
		d.placeAfter(m, f, pi)
		return
	}
	if s := m.start - 1; s >= 0 && d.toks[s].Cap && d.textIs(s, cSitehead) && d.lab[s] == nil && d.toks[s].Sent == d.toks[m.start].Sent && (s == 0 || !d.toks[s-1].Cap || d.toks[s-1].Kind != text.Word) {
		// a camp named after the town: "Camp Asaka"
		c := d.get(attache.Location, unitKey(d.toks[s:m.end]), d.span(s, m.end))
		c.country = p.Country
		d.add(c, s, m.end)
		return
	}
	if m.end-m.start == 1 && d.placeEndsName(m.start) {
		return // the last word of a name: "Admiral Jorge Ortiz Santiago,"
	}
	name := d.span(m.start, m.end)
	if writtenInCapitals(d.toks[m.start:m.end]) {
		name = p.Name // a dateline's "PHNOM PENH" is the place the gazetteer writes "Phnom Penh"
	}
	c := d.get(attache.Location, "kb"+strconv.Itoa(pi), name)
	c.country = p.Country
	d.add(c, m.start, m.end)
}

// writtenInCapitals reports words written all in capitals (two letters or
// more each), as datelines write place names.
func writtenInCapitals(toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind == text.Word && !t.Upper {
			return false
		}
	}
	return len(toks) > 0
}

// afterArticleHyphen reports a word at token i written right after a
// name particle and a hyphen, "Sabah" in "Al-Sabah": part of a family
// name, whatever else the word names.
func (d *doc) afterArticleHyphen(i int) bool {
	if i < 2 || d.toks[i-1].Fold != "-" || d.toks[i-1].End != d.toks[i].Start || d.toks[i-2].End != d.toks[i-1].Start {
		return false
	}
	return d.toks[i].Cap && d.foldIs(i-2, cParticle)
}

// inCodeName reports a place name at token s, ending at e, inside the
// code name of an exercise or operation: its opening word comes before it
// over capitalised words ("Exercise Bersama Lima"), or the kind follows a
// name of several words ("the Bersama Lima 2025 exercise").
func (d *doc) inCodeName(s, e int) bool {
	k := s - 1
	for ; k >= 0 && s-k <= 3 && d.toks[k].Cap && d.toks[k].Kind == text.Word && d.toks[k].Sent == d.toks[s].Sent; k-- {
		if d.textIs(k, cCodename) {
			return true
		}
	}
	if k == s-1 || d.x.is(cFunction|cStop, d.toks[s-1].Text) || d.known[s-1].kind != 0 {
		return false // no word of the name before the place
	}
	for j := e; j < len(d.toks) && j-e <= 2 && d.toks[j].Sent == d.toks[s].Sent; j++ {
		if t := &d.toks[j]; !t.Cap && t.Kind == text.Word {
			return d.x.isCapitalized(cCodename, t.Fold)
		}
	}
	return false
}

// siteAfter returns the last token of a lower-case site word after a
// known place ending at e ("airfield"), or of a site word with its kind
// ("air base", "training ground"), or 0.
func (d *doc) siteAfter(e int) int {
	n := len(d.toks)
	if e >= n || d.toks[e].Cap || d.toks[e].Kind != text.Word {
		return 0
	}
	if d.textIs(e, cFacility) {
		return e
	}
	if e+1 < n && !d.toks[e+1].Cap && d.x.is(cFacility|cSitekind, d.toks[e+1].Text) && d.x.isCapitalized(cDomain|cTitleword, d.toks[e].Fold) {
		return e + 1
	}
	return 0
}

// opensPerson reports a rank or honorific at token k, which opens a
// person's name rather than continuing a place's: "the Defence Attache in
// Jakarta Colonel Sergei Ivanov".
func (d *doc) opensPerson(k int) bool {
	return d.kstart[k] && d.known[k].kind == kRank || d.textIs(k, cHonorific)
}

// placeAfter records the place named by the known place m (index pi) and
// the word at f: "Melaka Strait", "Kubinka airfield", "Riau province". A
// lower-case area word after a known region or sea ("Riau province",
// "Indian Ocean region") makes no other place: the name is one more form
// of it. After a city it
// names the division around the city, another place: "Tashkent region".
func (d *doc) placeAfter(m match, f, pi int) {
	key := unitKey(d.toks[m.start : f+1])
	if !d.toks[f].Cap && d.textIs(f, cGeohead) && !d.x.kb.Places[pi].IsCity() {
		key = "kb" + strconv.Itoa(pi)
	}
	c := d.get(attache.Location, key, d.span(m.start, f+1))
	c.country = d.x.kb.Places[pi].Country
	d.add(c, m.start, f+1)
	if !d.toks[f].Cap && (key == "kb"+strconv.Itoa(pi) || !d.textIs(f, cGeohead)) {
		// "Riau province" is also written "Riau", "Kubinka airfield"
		// "Kubinka": both forms; "Tashkent region" is not "Tashkent"
		c.addForm(d.span(m.start, m.end))
	}
}

// asModifier reports a mention of a body that only qualifies the words
// after it, for the bodies the lexicon lists as such ("modifier", checked
// by the caller): "UN
// peacekeeping missions", "UN Peace Medal", "a UN-chartered flight". A document it issued ("United
// Nations Charter") still names it.
func (d *doc) asModifier(s, e int) bool {
	if e >= len(d.toks) {
		return false
	}
	t := &d.toks[e]
	if t.Fold == "-" && t.Start == d.toks[e-1].End && e+1 < len(d.toks) && d.toks[e+1].Start == t.End && d.toks[e+1].Kind == text.Word && !d.toks[e+1].Cap {
		return true // "a UN-chartered aircraft", "UN-led operations"
	}
	return t.Kind == text.Word && t.Sent == d.toks[s].Sent && !d.x.is(cFunction|cDocword|cVerb, t.Text) && !d.x.is(cVerb, t.Fold)
}

// longerBody returns the end of capitalised head words right after a
// known body's name at e ("Committee", "Headquarters"), or e. A legal
// form is the company's own (legalForm), no longer body.
func (d *doc) longerBody(e int) int {
	h := d.qualifiedHead(e)
	x := h
	for x < len(d.toks) && x-h < 2 && d.toks[x].Cap && d.toks[x].Kind == text.Word && d.textIs(x, cOrghead) && !d.textIs(x, cLegalform) && d.toks[x].Sent == d.toks[e-1].Sent && d.known[x].kind == 0 {
		x++
	}
	if x == h || d.headOpensPost(h, x) {
		return e // no head word after the qualifying ones, or a post's: "MINUSCA Force Commander"
	}
	if x > e && d.modifierOfLater(e, x) {
		return e // "TNI Command and Staff College": orgPatterns names it
	}
	return x
}

// fieldsAfter returns the end of one or two capitalised field words
// written right after a known body's name that ends in a field at e
// ("Production" of "Ministry of Defence Production"), or e.
func (d *doc) fieldsAfter(e int) int {
	if e < 1 || !d.textIs(e-1, cDomain) {
		return e
	}
	x := e
	for x < len(d.toks) && x-e < 2 && d.toks[x].Cap && !d.toks[x].Upper && d.toks[x].Kind == text.Word && d.toks[x].Sent == d.toks[e-1].Sent &&
		d.known[x].kind == 0 && d.lab[x] == nil && d.textIs(x, cDomain) && !d.textIs(x, cOrghead) {
		x++
	}
	if x < len(d.toks) && x > e && d.toks[x].Cap && d.toks[x].Kind == text.Word && d.toks[x].Sent == d.toks[e-1].Sent {
		return e // more capitalised words: a longer name other rules read
	}
	return x
}

// qualifiedHead returns the start of the head words of a body named
// after a known one with one or two qualifying words between them: at
// "Standby" of "East African Community Standby Force", the token of
// "Force"; e when no such words lead to a head word.
func (d *doc) qualifiedHead(e int) int {
	for x := e; x < len(d.toks) && x-e < 2; x++ {
		t := &d.toks[x]
		if !t.Cap || t.Upper || t.Kind != text.Word || t.Sent != d.toks[e-1].Sent || d.known[x].kind != 0 || d.lab[x] != nil ||
			d.x.is(cOrghead|cPosthead|cTitleword|cStop|cFunction|cHonorific|cEventword|cDomain, t.Text) {
			return e
		}
		if k := x + 1; k < len(d.toks) && d.toks[k].Cap && d.toks[k].Sent == t.Sent && d.known[k].kind == 0 && d.textIs(k, cOrghead) &&
			!d.x.is(cTrainingsite|cSitehead|cFacility, d.toks[k].Text) { // a school or a site: the site rules read it
			return k
		}
	}
	return e
}

// ofCountry reads "of (the) COUNTRY" at token e, the state a national
// body belongs to, and returns the token after the country and its code;
// 0 when there is none.
func (d *doc) ofCountry(e int) (int, string) {
	n := len(d.toks)
	if e+1 >= n || d.toks[e].Fold != "of" || d.toks[e].Cap {
		return 0, ""
	}
	j := e + 1
	if d.toks[j].Fold == "the" && j+1 < n {
		j++
	}
	if !d.kstart[j] || d.known[j].kind != kCountry || d.toks[j].Sent != d.toks[e].Sent {
		return 0, ""
	}
	k := j + 1
	for k < n && !d.kstart[k] && d.known[k] == d.known[j] {
		k++
	}
	if d.longerNameAt(k, d.toks[e].Sent) {
		return 0, "" // the country starts a longer name: "of Malaysia Airlines"
	}
	return k, d.x.kb.Countries[d.known[j].index].Code
}

// longerNameAt reports capitalised words from token k that a country
// before them opens as a longer name: words up to a head word ("Malaysia
// Airlines Group", "Mongolia International University"). A person's name
// after the country ("of Mongolia Badamdorj Ganbold") is none.
func (d *doc) longerNameAt(k, sent int) bool {
	for j := k; j < len(d.toks) && j-k < 4 && d.toks[j].Cap && d.toks[j].Kind == text.Word && d.toks[j].Sent == sent; j++ {
		if d.x.is(cOrghead|cPlacehead|cGeohead|cEventword|cDocword, d.toks[j].Text) {
			return true
		}
		if d.known[j].kind == kRank || d.x.is(cHonorific|cPosthead, d.toks[j].Text) {
			return false // a person's description: "of Mongolia General X"
		}
	}
	// a bare capitalised word after the country is part of a name unless
	// two name words follow: "of Mongolia Badamdorj Ganbold"
	return k < len(d.toks) && d.toks[k].Cap && d.toks[k].Kind == text.Word && d.toks[k].Sent == sent &&
		!(k+1 < len(d.toks) && d.nameTok(k) && d.nameTok(k+1))
}

// pickEntry chooses among the knowledge-base entries sharing a name: a
// generic "Ministry of Defence" is the article's own country's when that
// country has one, else the first listed.
func (d *doc) pickEntry(es []entry) entry {
	for _, e := range es {
		if e.kind == kOrg && d.home != "" && d.x.kb.Orgs[e.index].Country == d.home {
			return e
		}
	}
	return es[0]
}

// namesEvent reports a knowledge-base name that holds an event word
// ("International Defence Exhibition and Conference"): an exhibition or
// show is an event, not an organisation, even when listed with the forums.
func (x *Extractor) namesEvent(name string) bool {
	for _, t := range text.Tokenize(name) {
		if t.Kind == text.Word && t.Cap && x.is(cEventword, t.Text) {
			return true
		}
	}
	return false
}

// isNational reports organisation kinds that belong to a state even when
// the knowledge base gives none (a "National Assembly" is some country's).
func isNational(kind string) bool {
	switch kind {
	case "io", "mission", "forum", "company", "media", "agency", "un-body", "":
		return false
	}
	return true
}

// acronymAfter makes "(ACRONYM)" right after tokens ending at e an alias of
// c, and labels it so that later bare uses of the acronym resolve to c.
func (d *doc) acronymAfter(c *cand, e int) {
	if k := d.numberedAcronym(e); k > 0 {
		d.acronyms(c, e+1, k) // "(BANBAT-20)", "(FIJICON 19)"
		return
	}
	if e+2 >= len(d.toks) || d.toks[e].Fold != "(" || d.toks[e+2].Fold != ")" {
		// "ADMM+" spans two tokens
		if e+3 < len(d.toks) && d.toks[e].Fold == "(" && d.toks[e+2].Fold == "+" && d.toks[e+3].Fold == ")" && d.toks[e+1].Upper {
			d.acronyms(c, e+1, e+3)
		}
		return
	}
	a := &d.toks[e+1]
	if a.Kind != text.Word || !(a.Upper || isAcronymPlural(a.Text)) {
		return
	}
	if o := d.lab[e+1]; o != nil && o != c && o.typ == attache.Organization && d.kstart[e+1] && d.known[e+1].kind == kOrg {
		// the known body of the acronym takes the name written out
		// before it: "United Nations Organization Stabilization Mission
		// in the DR Congo (MONUSCO)"
		o.takeIn(c)
		return
	}
	d.acronyms(c, e+1, e+2)
}

// numberedAcronym returns the end of an acronym with a rotation number in
// parentheses at token e ("(BANBAT-20)", "(FIJICON 19)", "(MALBATT
// 850-14)"), or 0.
func (d *doc) numberedAcronym(e int) int {
	n := len(d.toks)
	if e+3 >= n || d.toks[e].Fold != "(" || !d.toks[e+1].Upper || d.toks[e+1].Kind != text.Word {
		return 0
	}
	k := e + 2
	if d.toks[k].Fold == "-" {
		k++
	}
	if k+3 < n && d.toks[k].Kind == text.Number && d.toks[k+1].Fold == "-" && d.toks[k+2].Kind == text.Number {
		k += 2 // the rotation's own number: "(MALBATT 850-14)"
	}
	if k+1 < n && d.toks[k].Kind == text.Number && d.toks[k+1].Fold == ")" {
		return k + 1
	}
	return 0
}

// isAcronymPlural accepts "EWGs": capitals then a lower-case s.
func isAcronymPlural(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// countries adds every state named or implied by a name or demonym,
// including those inside other names ("UN Mission in South Sudan").
func (d *doc) countries() {
	for _, m := range d.cmatch {
		if c := d.lab[m.start]; c != nil && c.typ == attache.Location && d.known[m.start].kind != kOrg {
			continue // "South China Sea", "Gulf of Thailand" name no state; a body's museum does
		}
		if m.end < len(d.toks) && d.toks[m.end].Cap && d.textIs(m.end, cWar) {
			continue // "Korean War" names a war, not a state in the story
		}
		co := d.x.kb.Countries[m.p.entries[0].index]
		if o := d.lab[m.start]; o != nil && o.typ == attache.Organization && o.country != "" && o.country != co.Code && !d.seatAt(m.start) {
			continue // a body of another state: "Workers' Party of Korea" is the North's
		}
		c := d.get(attache.Country, co.Code, co.Name)
		c.country = co.Code
		m2 := d.mention(m.start, m.end)
		c.mentions = append(c.mentions, m2)
		c.credit = false
	}
}

// seatAt reports a state named at token i as the seat of a body: "in
// Vietnam" of "Embassy of Japan in Vietnam", a state the article names.
func (d *doc) seatAt(i int) bool {
	if i > 1 && d.toks[i-1].Fold == "the" {
		i--
	}
	return i > 0 && d.toks[i-1].Fold == "in" && !d.toks[i-1].Cap
}

// isTitlePart reports "X member" at token e: the organisation is part of a
// membership title ("Politburo member"), not named on its own.
func (d *doc) isTitlePart(e int) bool {
	return e < len(d.toks) && d.toks[e].Fold == "member" && !d.toks[e].Cap
}

// isDocPart reports an organisation naming a document at token e: "UN
// Convention on the Law of the Sea".
func (d *doc) isDocPart(e int) bool {
	return e < len(d.toks) && d.toks[e].Cap && d.textIs(e, cDocword)
}

// andFields returns the end of a body's name at e extended over "and" and
// the fields after it, the last one a field word: "Ministry of Defence
// and Veteran Affairs", "Department of Defence and Military Veterans";
// e when there is none.
func (d *doc) andFields(e int) int {
	n := len(d.toks)
	if e+1 >= n || d.toks[e].Fold != "and" || d.toks[e].Cap || !d.textIs(e-1, cDomain) {
		return e
	}
	k := e + 1
	for k < n && k-e <= 3 && d.toks[k].Cap && d.toks[k].Kind == text.Word && !d.toks[k].Upper && d.toks[k].Sent == d.toks[e].Sent &&
		d.lab[k] == nil && d.known[k].kind == 0 && !d.x.is(cFunction|cPosthead|cOrghead, d.toks[k].Text) {
		k++
	}
	if k == e+1 || !d.textIs(k-1, cDomain) {
		return e
	}
	return k
}
