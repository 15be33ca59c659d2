package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"attache"
	"attache/extract/text"
	"attache/fold"
)

// doc is one article under analysis.
type doc struct {
	x      *Extractor
	text   string
	toks   []text.Token
	sents  []attache.Span
	lab    []*cand
	known  []entry // gazetteer meaning of each token, if any (kind 0 = none)
	kstart []bool  // token starts a gazetteer match
	// firstIDs and eventIDs are each token's gazetteer first-word id and
	// event rules' number (lookUpTokens)
	firstIDs, eventIDs []int32
	post               []bool // token is inside a known post
	// postHead is hasPost's answer for each token, made when first asked
	// (0 not yet asked, 1 a post head, 2 none): the posts before every
	// name of a long sentence look at the same tokens again and again
	postHead []uint8
	cmatch   []match // countries and demonyms

	cands    []*cand
	byKey    map[string]*cand
	people   people          // persons by name words, for personFor
	home     string          // the article's own country: see homeCountry
	away     string          // the other state the article is about, if one stands out: see homeCountry
	named    map[string]bool // the states the article names (namesState), built when first asked
	headline int             // tokens before this index form a title-case headline
	// tokHint is tokenRange's last answer: mentions are mostly looked up
	// in text order, a few tokens after the last one
	tokHint int
	// textCats and foldCats are the lexicon categories of each token as
	// written and folded, looked up when first asked (textIs, foldIs):
	// the stages that scan every token ask of the same tokens in turn
	textCats, foldCats []lexCat
	// bufs holds the per-token arrays above for the next text (release)
	bufs *docBufs
	// nameToks holds the tokens of candidates' names (nameTokens): the
	// merging stages tokenize the same names again and again
	nameToks map[string][]text.Token
	// rankPairs holds, for a rank's word ("gen"), where it stands before
	// each following word (rankPairsOf), built when givenAfterSurname
	// first asks: one look-up per name instead of a scan of the text
	rankPairs map[string]map[string][]int
	// acrUses indexes the tokens that may be uses of an acronym
	// (acronymUsesOf); unlabelled counts the times labels were taken
	// away, which puts tokens the index passed over back in it
	acrUses    acronymUses
	unlabelled int
}

// cand is an entity being assembled.
type cand struct {
	typ      attache.EntityType
	key      string
	name     string
	forms    []string
	keys     []string // fold.Key of each form
	country  string
	rank     string
	titles   []string
	former   []string
	mentions []attache.Mention
	parts    []string // folded name words of a person
	credit   bool     // every mention so far is a news-agency credit
	intl     bool     // holds a post of an international body: no home state by default
	guest    bool     // a person described as a guest: "called on", "is on a visit to"
	// mentions by offsets, for candidates with many (see addMention)
	spans spanIndex
}

func (x *Extractor) newDoc(s string) *doc { return x.newDocTokens(s, nil) }

// newDocTokens is newDoc over toks, text.Tokenize(s), when the caller made
// them (nil: made here). The doc takes toks over.
func (x *Extractor) newDocTokens(s string, toks []text.Token) *doc {
	d := &doc{x: x, text: s, byKey: map[string]*cand{}}
	d.bufs = bufPool.Get().(*docBufs)
	if toks != nil {
		d.toks = toks
	} else {
		d.toks = text.AppendTokens(d.bufs.toks[:0], s)
	}
	d.sents = text.Sentences(s, d.toks, x.abbr)
	n := len(d.toks)
	d.lab = zeroed(d.bufs.lab, n)
	d.known = zeroed(d.bufs.known, n)
	d.kstart = zeroed(d.bufs.kstart, n)
	d.textCats = zeroed(d.bufs.textCats, n)
	d.foldCats = zeroed(d.bufs.foldCats, n)
	d.lookUpTokens()
	d.headline = d.titleCaseHeadline()
	return d
}

// titleCaseHeadline returns the token count of a first line written in
// title case ("Minister Receives Russian Delegation"), where capitals say
// nothing about names, or 0.
func (d *doc) titleCaseHeadline() int {
	n, caps, end := 0, 0, 0
	for i, t := range d.toks {
		if i > 0 && t.LineStart {
			break
		}
		end = i + 1
		if t.Kind == text.Word && len(t.Fold) > 3 {
			n++
			if t.Cap {
				caps++
			}
		}
	}
	if n >= 3 && caps*10 >= n*7 && end > 0 && d.toks[end-1].Fold != "." {
		return end
	}
	return 0
}

// entities runs the entity stages and returns the merged entities.
func (d *doc) entities() []attache.Entity {
	ids := d.firstIDs // shared by the three gazetteers
	b := d.bufs
	b.matches = d.dropRegionDemonyms(d.x.gaz.appendFind(b.matches[:0], d.toks, ids))
	b.posts = d.x.pgaz.appendFind(b.posts[:0], d.toks, ids)
	matches, posts := b.matches, b.posts
	b.inPost = zeroed(b.inPost, len(d.toks))
	inPost := postInsides(b.inPost, posts)
	for mi, m := range matches {
		if m.p.entries[0].kind == kRank && (allIn(inPost, m.start, m.end) || d.bodyGeneral(m.start)) {
			continue // the end of a post or body, not a rank: "Director General", "Directorate General"
		}
		if m.p.entries[0].kind == kRank && m.start > 0 && d.toks[m.start-1].Fold == "-" && d.toks[m.start-1].End == d.toks[m.start].Start {
			continue // the end of a post, not a rank: "Secretary-General"
		}
		if m.p.entries[0].kind == kRank && mi+1 < len(matches) && matches[mi+1].start == m.end && matches[mi+1].p.entries[0].kind == kRank {
			continue // a post before the rank: "Kenya Navy Commander Major General X"
		}
		if r, ok := d.rankAfterBody(m, ids); ok {
			m = r
		}
		d.kstart[m.start] = true
		for i := m.start; i < m.end; i++ {
			d.known[i] = m.p.entries[0]
		}
	}
	b.post = zeroed(b.post, len(d.toks))
	d.post = b.post
	for _, m := range posts {
		for i := m.start; i < m.end; i++ {
			d.post[i] = true
		}
	}
	b.cmatch = d.dropRegionDemonyms(d.x.cgaz.appendFind(b.cmatch[:0], d.toks, ids))
	d.cmatch = b.cmatch
	d.home, d.away = d.homeCountry()
	d.knownEntities(matches)
	d.stations()
	d.sitePatterns()
	d.orgPatterns()
	d.lowerCaseUnits()
	d.unitCodes()
	d.nestOrgs()
	d.facilityPlaces()
	d.namedSites()
	d.placePatterns()
	d.namedBases()
	d.unknownTowns()
	d.shipVenues()
	d.persons()
	d.companions()
	d.mergeQualified()
	d.mergeInverted()
	d.mergeStateForms()
	d.mergeCores()
	d.statePrefixes()
	d.bareForms()
	d.genericBackReferences()
	d.sentenceStartForms()
	d.countries()
	d.cityStatePlaces()
	return d.finish()
}

// rankAfterBody reads a rank of several words right after "of" whose first
// word ends a post instead: "Chief of Army General X" holds the post
// "Chief of Army" and the rank "General", not "Army General".
func (d *doc) rankAfterBody(m match, ids []int32) (match, bool) {
	if m.p.entries[0].kind != kRank || m.end-m.start < 2 || m.start == 0 || d.toks[m.start-1].Fold != "of" {
		return m, false
	}
	s := m.start + 1
	sub := d.x.gaz.find(d.toks[s:m.end], ids[s:m.end])
	if len(sub) != 1 || sub[0].start != 0 || sub[0].end != m.end-s || sub[0].p.entries[0].kind != kRank {
		return m, false
	}
	return match{start: s, end: m.end, p: sub[0].p}, true
}

// mention returns the mention covering tokens [s, e).
func (d *doc) mention(s, e int) attache.Mention {
	a, b := d.toks[s].Start, d.toks[e-1].End
	return attache.Mention{Start: a, End: b, Text: d.text[a:b], Sentence: d.toks[s].Sent}
}

// span returns the text of tokens [s, e).
func (d *doc) span(s, e int) string { return d.text[d.toks[s].Start:d.toks[e-1].End] }

// get returns the candidate with key, creating it with typ and name.
func (d *doc) get(typ attache.EntityType, key, name string) *cand {
	// the key is built on the stack for the lookup (a map index by
	// string(bytes) does not allocate): a text can name one entity at
	// every line, and only a new candidate keeps its key
	var buf [64]byte
	kb := append(append(append(buf[:0], typ...), '|'), key...)
	if c := d.byKey[string(kb)]; c != nil {
		return c
	}
	k := string(kb)
	c := &cand{typ: typ, key: k, name: name, credit: true}
	d.byKey[k] = c
	d.cands = append(d.cands, c)
	return c
}

// add records a mention of c over tokens [s, e) and labels the tokens.
func (d *doc) add(c *cand, s, e int) {
	m := d.mention(s, e)
	if !c.addMention(m) {
		return
	}
	c.addForm(m.Text)
	if !d.isCredit(s, e) {
		c.credit = false
	}
	for i := s; i < e; i++ {
		d.lab[i] = c
	}
}

func (c *cand) addForm(f string) {
	f = strings.TrimSpace(f)
	for _, old := range c.forms {
		if old == f {
			return
		}
	}
	c.forms = append(c.forms, f)
	c.keys = append(c.keys, fold.Key(f))
}

// takeIn makes gone's mentions and forms c's, leaving gone with no
// mention: the two candidates name one entity and gone is the one that
// goes.
func (c *cand) takeIn(gone *cand) {
	c.mentions = append(c.mentions, gone.mentions...)
	for _, f := range gone.forms {
		c.addForm(f)
	}
	gone.mentions = nil
}

// free reports whether tokens [s, e) belong to no entity yet.
func (d *doc) free(s, e int) bool {
	for i := s; i < e; i++ {
		if d.lab[i] != nil {
			return false
		}
	}
	return true
}

// isCredit reports a news agency named only as a source: "(Photo: VNA)",
// "Hanoi (VNA) –", "MANILA, July 8 Kyodo -", "— VNA/VNS", "==Kyodo", or
// first or alone on its line ("PIB Delhi").
func (d *doc) isCredit(s, e int) bool {
	if !d.isAgency(s, e) {
		return false
	}
	if s > 0 {
		if p := d.toks[s-1].Fold; p == "(" || p == ":" || p == "-" || p == "/" {
			return true
		}
	}
	if e >= len(d.toks) || d.toks[e].LineStart {
		return true
	}
	if n := d.toks[e].Fold; n == ")" || n == "/" || n == "-" {
		return true
	}
	// cited as the source: "..., TASS reported.", "according to Xinhua",
	// "BelTA learned from ...", "The News Agency of Nigeria (NAN) reports"
	if e+3 < len(d.toks) && d.toks[e].Fold == "(" && d.toks[e+1].Upper && d.toks[e+2].Fold == ")" {
		e += 3
	}
	if d.foldIs(e, cCiteverb) {
		return true
	}
	if s > 0 && d.toks[s-1].Fold == "by" && d.known[e].kind == kPlace && (e+1 == len(d.toks) || d.toks[e+1].LineStart) {
		return true // a release's byline: "by PIB Delhi"
	}
	if s >= 2 && d.toks[s-2].Fold == "according" && d.toks[s-1].Fold == "to" {
		return true
	}
	// nothing but punctuation before it on its line
	for i := s - 1; i >= -1; i-- {
		if i < 0 || d.toks[i+1].LineStart {
			return true
		}
		if d.toks[i].Kind != text.Punct {
			return false
		}
	}
	return false
}

// isAgency reports a news agency over tokens [s, e): a word of the agency
// lexicon in any case ("ANTARA") or a known media organisation.
func (d *doc) isAgency(s, e int) bool {
	if e-s == 1 && d.x.agency[d.toks[s].Fold] {
		return true
	}
	k := d.known[s]
	return k.kind == kOrg && d.kstart[s] && d.x.kb.Orgs[k.index].Kind == "media"
}

// homeCountry picks the article's own country: the state named most often
// outside persons' titles, with the dateline place counting five times
// (where a report is filed says most about whose officials it names).
// Local officials and institutions with no stated nationality belong to it.
// away is the runner-up when no third state ties with it: the state of
// guests who call on the host.
func (d *doc) homeCountry() (home, away string) {
	// weights are doubled so that a half vote stays an integer
	count := map[string]int{}
	for _, m := range d.cmatch {
		c := d.x.kb.Countries[m.p.entries[0].index].Code
		switch {
		case d.countryDateline(m):
			count[c] += 10 // a city-state's dateline: "SINGAPORE –"
		case !d.isLabel(m):
			count[c] += 2
		case d.opensOrg(m.end):
			// "the Serbian Armed Forces": a state's own body is a half
			// vote, a foreign official's label none
			count[c]++
		}
	}
	for i := range d.toks {
		if d.kstart[i] && d.isAgency(i, i+1) && d.isCredit(i, i+1) {
			// the agency crediting the report ("(ANTARA)", "PIB Delhi")
			// writes from its own country
			if k := d.known[i]; k.kind == kOrg {
				count[d.x.kb.Orgs[k.index].Country] += 4
			}
		}
	}
	for i, t := range d.toks {
		if i > 40 {
			break
		}
		if t.LineStart && d.known[i].kind == kPlace && d.kstart[i] {
			count[d.x.kb.Places[d.known[i].index].Country] += 10
		}
	}
	for i := range d.toks {
		if d.known[i].kind == kPlace && d.kstart[i] && !d.placeAsName(i) {
			count[d.x.kb.Places[d.known[i].index].Country] += 2
		}
	}
	best, n := "", 0
	for c, k := range count {
		if c != "" && (k > n || k == n && c < best) {
			best, n = c, k
		}
	}
	// the runner-up, when it stands clear of the third: the guests' state
	second, n2, n3 := "", 0, 0
	for c, k := range count {
		if c == "" || c == best {
			continue
		}
		if k > n2 || k == n2 && c < second {
			second, n2, n3 = c, k, n2
		} else if k > n3 {
			n3 = k
		}
	}
	if n2 == n3 {
		second = ""
	}
	return best, second
}

// countryDateline reports a country written in capitals as the dateline
// that opens a line near the top ("SINGAPORE –", "KUWAIT, May 2"): a
// city-state's city, where the report comes from.
func (d *doc) countryDateline(m match) bool {
	if m.start > 40 || !d.toks[m.start].LineStart || !d.toks[m.start].Upper || m.end >= len(d.toks) {
		return false
	}
	switch d.toks[m.end].Fold {
	case "–", "—", "-", ",", "(":
		return true
	}
	return false
}

// opensOrg reports capitalised words from token e that end in an
// organisation's head word: the demonym before them names a body.
func (d *doc) opensOrg(e int) bool {
	for k := e; k < len(d.toks) && k-e < 4 && d.toks[k].Kind == text.Word && d.toks[k].Cap; k++ {
		if d.textIs(k, cOrghead) {
			return true
		}
		if d.textIs(k, cPosthead) {
			return false // "Russian Deputy Minister"
		}
	}
	return false
}

// isLabel reports a country match that labels a foreign official or body
// rather than saying where the article stands: "Russian Deputy Minister",
// "Japan's Minister for Foreign Affairs", "Minister of National Defense of
// the People's Republic of China".
func (d *doc) isLabel(m match) bool {
	n := len(d.toks)
	if m.end < n && d.toks[m.end].Cap && m.p.entries[0].kind == kDemonym {
		return true
	}
	if m.end+2 < n && d.toks[m.end].Fold == "'" && d.toks[m.end+1].Fold == "s" && d.x.is(cPosthead|cTitleword, d.toks[m.end+2].Text) {
		return true
	}
	j := m.start - 1
	if j >= 0 && d.toks[j].Fold == "the" {
		j--
	}
	if j < 1 || d.toks[j].Fold != "of" {
		return false
	}
	for k := j - 1; k >= 0 && j-k <= 6 && d.titleTok(k); k-- {
		if d.post[k] || d.textIs(k, cPosthead) {
			return true
		}
	}
	return false
}

// finish merges and orders the candidates into entities.
func (d *doc) finish() []attache.Entity {
	d.mergeSameName()
	d.mergeShortNames()
	n := 0 // counted first: an Entity is large, and growing out copied them again and again
	for _, c := range d.cands {
		if len(c.mentions) > 0 && !c.credit {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]attache.Entity, 0, n)
	for _, c := range d.cands {
		if len(c.mentions) == 0 || c.credit {
			continue
		}
		slices.SortFunc(c.mentions, func(x, y attache.Mention) int { return cmp.Compare(x.Start, y.Start) })
		if c.typ == attache.Person {
			// a well-known official serves the state they serve, whatever
			// body or place the sentence names near them
			if code := d.x.official[strings.Join(c.parts, " ")]; code != "" {
				c.country = code
			}
		}
		if c.typ == attache.Person && c.country == "" && !c.intl {
			c.country = d.home
			if c.guest && d.away != "" {
				c.country = d.away // a guest of the host is from the other state
			}
			if code := d.nameState(c.parts); code != "" {
				// "Captain Tran Van Luong" in a report of a Vietnamese
				// ship's call at Manila: the name says whose officer
				c.country = code
			}
		}
		e := attache.Entity{Type: c.typ, Name: c.name, Rank: d.x.kb.RecordedRank(c.rank), Titles: c.titles, Former: c.former,
			Country: c.country, Mentions: c.mentions, Aliases: []string{}}
		// c.keys holds fold.Key of each form, computed once in addForm
		nk := ""
		for i, f := range c.forms {
			if f == e.Name {
				nk = c.keys[i]
			}
		}
		if nk == "" {
			nk = fold.Key(e.Name)
		}
		for i, f := range c.forms {
			if k := c.keys[i]; k != nk && k != "" && !slices.Contains(c.keys[:i], k) {
				e.Aliases = append(e.Aliases, f)
			}
		}
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(x, y attache.Entity) int { return cmp.Compare(x.Mentions[0].Start, y.Mentions[0].Start) })
	for i := range out {
		out[i].ID = "e" + strconv.Itoa(i+1)
	}
	return out
}

// mergeSameName joins candidates of one type whose names fold alike: a
// known place and the same place read inside an organisation's name
// ("Abyei" and "Force for Abyei") are one entity. The first candidate of
// each name takes in the later ones, found through a map: a text naming
// thousands of places stays linear.
func (d *doc) mergeSameName() {
	type name struct {
		typ attache.EntityType
		key string
	}
	first := map[name]*cand{}
	for _, c := range d.cands {
		if len(c.mentions) == 0 || c.typ == attache.Person || c.typ == attache.Country {
			continue
		}
		k := name{c.typ, c.nameKey()}
		o := first[k]
		if o == nil {
			first[k] = c
			continue
		}
		o.takeIn(c)
		if o.country == "" {
			o.country = c.country
		}
		o.credit = o.credit && c.credit
	}
	d.mergeShortForms()
}

// mergeShortForms joins an organisation whose name is another's form when
// both are one state's: "the Ministry of Defence" is a short form of "the
// Ministry of Defence of Malaysia" named before, which takes it in.
func (d *doc) mergeShortForms() {
	type stateName struct{ country, key string }
	var byName map[stateName]*cand
	for _, c := range d.cands {
		if c.typ == attache.Organization && len(c.mentions) > 0 && c.country != "" {
			if byName == nil {
				byName = map[stateName]*cand{}
			}
			if k := (stateName{c.country, c.nameKey()}); byName[k] == nil {
				byName[k] = c
			}
		}
	}
	if len(byName) < 2 {
		return
	}
	for _, c := range d.cands {
		if c.typ != attache.Organization || len(c.mentions) == 0 || c.country == "" {
			continue
		}
		for i := 0; i < len(c.keys); i++ {
			o := byName[stateName{c.country, c.keys[i]}]
			if o == nil || o == c || len(o.mentions) == 0 {
				continue
			}
			c.takeIn(o)
			c.credit = c.credit && o.credit
		}
	}
}

// nameKey is fold.Key of the candidate's name, taken from its forms when
// the name is one of them.
func (c *cand) nameKey() string {
	for i, f := range c.forms {
		if f == c.name {
			return c.keys[i]
		}
	}
	return fold.Key(c.name)
}

// nameState returns the state whose naming the words of a person's name
// show (lexicon "nameform": "Nguyen", "Van", "Zhang", "Kishi"), when the
// article names that state and no word points to another; else "". It is
// the last evidence of a person's state, read only when the text states
// none: a name form alone never makes a state the article does not name.
func (d *doc) nameState(parts []string) string {
	code := ""
	for _, p := range parts {
		c := d.x.nameForm[p]
		if c == "" {
			continue
		}
		if code != "" && c != code {
			return ""
		}
		code = c
	}
	if code == "" || !d.namesState(code) {
		return ""
	}
	return code
}

// namesState reports whether the article names state code, by its name or
// a demonym. The set is built once per article, so that a text of many
// persons and states stays linear.
func (d *doc) namesState(code string) bool {
	if d.named == nil {
		d.named = map[string]bool{}
		for _, m := range d.cmatch {
			d.named[d.x.kb.Countries[m.p.entries[0].index].Code] = true
		}
	}
	return d.named[code]
}
