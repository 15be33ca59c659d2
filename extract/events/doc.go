package events

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"

	"attache"
	"attache/extract/dates"
	txt "attache/extract/text"
)

// doc is one article being analysed: its sentences split into words, with
// the date expressions and entity mentions of each sentence.
type doc struct {
	d      *Detector
	leader *ledBy // the first person named after "led by", found on first use
	body   *ledBy // the first body named with "delegation", found on first use
	text   string
	x      *attache.Extraction
	pub    time.Time
	hasPub bool
	sents  []attache.Span
	words  [][]word
	dates  [][]dates.Date
	ments  [][]ment
	home   string   // the article's own country: the most mentioned one
	pair   []string // "the two countries"
	lead   map[int]bool
	pairs  []int8   // per sentence: 0 not yet known, 1 speaks of "the two countries", -1 not
	inside [][]bool // per sentence and mention: inside a longer organisation's name (insideNames)
	// openHits are the triggers of the opening sentences (sceneHits)
	openHits  [][]hit
	openKnown []bool
	// persons are the names of the article's persons (made on first use)
	persons map[string]bool
	// headline: the first line is a title (no final stop), whose events
	// the lead then tells in full
	headline bool
	info     map[*attache.Entity]entInfo
	open     map[*attache.Entity]bool // locations looked up by openArea
	// sentHits are the triggers of the sentence being read, so that a
	// date or argument can be given to the trigger whose clause holds it
	sentHits []hit
	// byCountry lists the persons serving each country, in entity order
	// (made on first use)
	byCountry map[string][]string
	firstOf   map[string]int // the first sentence naming a person of each country (unnamed.go)
	// byTitle maps each title of a person and its word-final parts
	// ("defence secretary") to the first person holding it (titleSubject);
	// many tells whether the article speaks of many states
	// (speaksOfMany: -1 unread, 0 no, 1 yes): both made on first use
	byTitle  map[string]string
	groups   map[string][]groupMember   // persons holding each group noun's post (groups.go), made on first use
	orgIndex map[string]*attache.Entity // the organisations by name (orgsByName), made on first use
	persIdx  map[string][]int           // the indexes of the persons in x.Entities by name (personsByName), made on first use
	// senderState is the state of the story's first person whose state
	// hosts no mission, else its home (sender), once senderKnown
	senderState string
	senderKnown bool
	many        int
	// the date the article speaks from, once ref has worked it out
	refTime         time.Time
	refOK, refKnown bool
	// whoOpen marks the words of sentence whoSent that lie in an open
	// ", who" clause (inWhoClause), worked out once per sentence
	whoSent int
	whoOpen []bool
	// refs are the references of sentence refSent to an occasion already
	// told ("after the talks"), found once per sentence (sceneRef)
	refSent int
	refs    [][2]int
	// whether sentence needsSent holds a word of a rule's needs, by rule
	needsSent int
	needsOK   map[*rule]bool
	// wordBuf is the array of every sentence's words, given back for the
	// next text once the events are out (releaseWords)
	wordBuf []word
	// elsewhenOf is, by sentence, 0 not yet known, 1 it tells of another
	// time (elsewhen), -1 not (elsewhenAt)
	elsewhenOf []int8
	// the matches of each sentence and the types it suppresses, by
	// sentence, once hitsFound (hits)
	hitsFound []bool
	hitsOf    [][]hit
	hitsOff   []map[string]bool
}

// entInfo is what the knowledge base says about one entity, looked up once.
type entInfo struct {
	forum, intl bool
	mission     mission
	isMission   bool
}

// ment is one entity mention.
type ment struct {
	start, end int
	e          *attache.Entity
}

// newDoc prepares text for detection: its sentences split into words, the
// date expressions and entity mentions of each sentence, the article's
// own country and pair, and its lead.
func (d *Detector) newDoc(text string, toks []txt.Token, published string, x *attache.Extraction) *doc {
	return d.docOf(d.Prepare(text, published, x.Sentences, toks, nil), x)
}

// Prepared is the part of detection that needs only the text, its tokens
// and sentences, not its entities: the words and dates of each sentence.
// Extraction makes it while the entities are found (Prepare), and
// DetectPrepared goes on from it once they are.
type Prepared struct {
	text   string
	pub    time.Time
	hasPub bool
	sents  []attache.Span
	words  [][]word
	dates  [][]dates.Date
	// wordBuf backs words (see doc.wordBuf)
	wordBuf []word
}

// Prepare splits text into the words of each sentence and files its date
// expressions under their sentences. sents are the sentences the entity
// extractor found (the extraction's Sentences) and toks its tokens of
// text (text.Tokenize); neither is changed. ids, when not nil, holds
// the vocabulary number of each token's fold (Vocabulary; NoWord for a
// word no rule lists): the words made of one token take it instead of
// being looked up again.
func (d *Detector) Prepare(text, published string, sents []attache.Span, toks []txt.Token, ids []int32) *Prepared {
	// only the fields that splitWords and fileDates use are set
	doc := &doc{d: d, text: text}
	doc.pub, doc.hasPub = dates.ParsePublished(published)
	doc.sents = sents
	if len(doc.sents) == 0 {
		doc.sents = splitLines(text)
	}
	doc.sents = boundSentences(doc.sents, toks)
	n := len(doc.sents)
	doc.words = make([][]word, n)
	doc.dates = make([][]dates.Date, n)
	doc.splitWords(toks, ids)
	doc.fileDates(dates.FindTokens(text, published, toks))
	return &Prepared{text: text, pub: doc.pub, hasPub: doc.hasPub, sents: doc.sents, words: doc.words, dates: doc.dates, wordBuf: doc.wordBuf}
}

// docOf goes on from p to the whole doc over x: the entity mentions of
// each sentence, the article's own country and pair, and its lead.
func (d *Detector) docOf(p *Prepared, x *attache.Extraction) *doc {
	doc := &doc{d: d, text: p.text, x: x, lead: map[int]bool{}, info: map[*attache.Entity]entInfo{}, whoSent: -1, refSent: -1, many: -1}
	doc.pub, doc.hasPub = p.pub, p.hasPub
	doc.sents, doc.words, doc.dates, doc.wordBuf = p.sents, p.words, p.dates, p.wordBuf
	n := len(doc.sents)
	doc.ments = make([][]ment, n)
	doc.pairs = make([]int8, n)
	order := doc.placeMentions()
	if len(order) > 0 {
		doc.home = order[0]
	}
	doc.pair = doc.findPair(order)
	doc.findLead()
	return doc
}

// fileDates files each date under its sentence, as slices of all (no
// copy: a text can hold a date every few words). Dates outside every
// sentence are dropped.
func (doc *doc) fileDates(all []dates.Date) {
	sent := make([]int, len(all))
	for i := range all {
		sent[i] = doc.sentenceAt(all[i].Start)
	}
	// dates come in text order, so this sort moves nothing, but a date
	// found out of order must not split its sentence's run
	if !sort.IntsAreSorted(sent) {
		sort.Stable(datesBySentence{all, sent})
	}
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && sent[j] == sent[i] {
			j++
		}
		if s := sent[i]; s >= 0 {
			doc.dates[s] = all[i:j:j] // capped: an append never writes into the next sentence's
		}
		i = j
	}
}

// datesBySentence sorts dates by the sentence each is in.
type datesBySentence struct {
	d    []dates.Date
	sent []int
}

func (b datesBySentence) Len() int           { return len(b.d) }
func (b datesBySentence) Less(i, j int) bool { return b.sent[i] < b.sent[j] }
func (b datesBySentence) Swap(i, j int) {
	b.d[i], b.d[j] = b.d[j], b.d[i]
	b.sent[i], b.sent[j] = b.sent[j], b.sent[i]
}

// splitWords fills doc.words from the tokens of the text, sentence by
// sentence, in one backing array. ids are the tokens' vocabulary numbers
// or nil (Prepare).
func (doc *doc) splitWords(toks []txt.Token, ids []int32) {
	buf := wordArray(len(toks) + len(doc.sents))
	k := 0
	for i, s := range doc.sents {
		for k < len(toks) && toks[k].Start < s.Start {
			k++ // tokens between sentences (none when the spans come from the same tokens)
		}
		from := len(buf)
		buf, k = appendTokenWords(buf, toks, k, min(s.End, len(doc.text)), ids)
		doc.words[i] = buf[from:len(buf):len(buf)]
	}
	doc.d.rules.numberWords(buf)
	doc.wordBuf = buf
}

// placeMentions files every entity mention under its sentence, looks up
// what the knowledge base says of each organisation, and returns the
// countries named, most mentioned first.
func (doc *doc) placeMentions() []string {
	d, x := doc.d, doc.x
	doc.carveMentions()
	counts := map[string]int{}
	var order []string
	for i := range x.Entities {
		e := &x.Entities[i]
		if e.Type == attache.Organization {
			doc.info[e] = d.orgInfo(e)
		}
		for _, m := range e.Mentions {
			if s := doc.mentionSentence(m); s >= 0 {
				doc.ments[s] = append(doc.ments[s], ment{start: m.Start, end: m.End, e: e})
			}
		}
		if e.Type == attache.Country && e.Country != "" {
			if counts[e.Country] == 0 {
				order = append(order, e.Country)
			}
			counts[e.Country] += len(e.Mentions)
		}
	}
	for _, ms := range doc.ments {
		slices.SortFunc(ms, func(x, y ment) int { return cmp.Compare(x.start, y.start) })
	}
	slices.SortStableFunc(order, func(x, y string) int { return cmp.Compare(counts[y], counts[x]) })
	return order
}

// mentionSentence returns the index of the sentence m is in, or -1.
func (doc *doc) mentionSentence(m attache.Mention) int {
	s := m.Sentence
	if s < 0 || s >= len(doc.sents) || m.Start < doc.sents[s].Start || m.Start >= doc.sents[s].End {
		s = doc.sentenceAt(m.Start)
	}
	return s
}

// carveMentions gives each sentence an empty slice of one backing array,
// with room for exactly its mentions: one allocation for the article,
// where appending sentence by sentence copied a long sentence's list over
// and over.
func (doc *doc) carveMentions() {
	count := make([]int, len(doc.sents))
	total := 0
	for i := range doc.x.Entities {
		for _, m := range doc.x.Entities[i].Mentions {
			if s := doc.mentionSentence(m); s >= 0 {
				count[s]++
				total++
			}
		}
	}
	buf := make([]ment, total)
	for s, c := range count {
		doc.ments[s] = buf[:0:c] // capped: an append past it never writes into the next sentence's
		buf = buf[c:]
	}
}

// orgInfo is what the knowledge base says of organisation e under any of
// its names: a UN mission, a forum, an international organisation.
func (d *Detector) orgInfo(e *attache.Entity) entInfo {
	var in entInfo
	for j := -1; j < len(e.Aliases); j++ {
		n := e.Name
		if j >= 0 {
			n = e.Aliases[j]
		}
		k := d.key(n)
		if m, ok := d.missions[k]; ok && !in.isMission {
			in.mission, in.isMission = m, true
		}
		in.forum = in.forum || d.forums[k]
		in.intl = in.intl || d.intl[k]
	}
	return in
}

// datelineWords is how many words a sentence of the lead may have and
// still be only a dateline ("MOSCOW, June 18."), which agencies such as
// TASS end with a full stop before the story starts.
const datelineWords = 6

// findLead marks the lead: the first sentence, and the one after it when
// the first is a headline (no final punctuation); a dateline standing as a
// sentence of its own passes the lead on to the next one.
func (doc *doc) findLead() {
	n := len(doc.sents)
	if n == 0 {
		return
	}
	doc.lead[0] = true
	last := 0
	first := strings.TrimSpace(doc.text[doc.sents[0].Start:min(doc.sents[0].End, len(doc.text))])
	if first != "" && !strings.ContainsAny(first[len(first)-1:], ".!?\"”") && n > 1 {
		doc.lead[1] = true
		doc.headline = true
		last = 1
	}
	if ws := doc.words[last]; last+1 < n && len(ws) > 0 && ws[len(ws)-1].low == ":" {
		// "The spokesman provided the following readout:": the story
		// starts in the sentence the colon opens
		doc.lead[last+1] = true
		return
	}
	if ws := doc.words[last]; last+1 < n && wordCount(ws) <= datelineWords && len(ws) > 0 && (len(doc.dates[last]) > 0 || capitals(doc.text[ws[0].start:ws[0].end])) {
		// "MOSCOW, June 18. /TASS/." or "SEOUL, Sept." cut at the abbreviation
		doc.lead[last+1] = true
	}
}

// capitals reports whether w is a word of three or more letters all in
// capitals: a dateline's city ("SEOUL").
func capitals(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r >= 'a' && r <= 'z':
			return false
		}
	}
	return n >= 3
}

// wordCount counts the words of ws that are not punctuation.
func wordCount(ws []word) int {
	n := 0
	for _, w := range ws {
		if w.low != "" && (w.low[0] >= 'a' && w.low[0] <= 'z' || w.low[0] >= '0' && w.low[0] <= '9' || w.low[0] >= 0x80) {
			n++
		}
	}
	return n
}

// maxSentenceTokens bounds the sentence events are read in. Every trigger
// looks over its whole sentence (for its subject, its place, "the two
// sides"), so a text that never ends a sentence ("the Ministry of W signed
// a deal. the Ministry of W ...", thousands of times) would cost the
// square of its length. No agency sentence comes near this many tokens.
const maxSentenceTokens = 250

// boundSentences cuts sentences longer than maxSentenceTokens tokens into
// pieces at token boundaries, preferring the last stop, semicolon or comma
// of each piece. It returns spans unchanged (not copied) when none is too
// long.
func boundSentences(spans []attache.Span, toks []txt.Token) []attache.Span {
	var out []attache.Span
	k := 0
	for i, sp := range spans {
		for k < len(toks) && toks[k].Start < sp.Start {
			k++
		}
		first := k
		for k < len(toks) && toks[k].End <= sp.End {
			k++
		}
		if k-first <= maxSentenceTokens {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]attache.Span, 0, len(spans)+8), spans[:i]...)
		}
		start := sp.Start
		for a := first; a < k; {
			b := min(a+maxSentenceTokens, k)
			if b < k {
				for c := b - 1; c > a+maxSentenceTokens/2; c-- {
					if f := toks[c].Fold; toks[c].Kind == txt.Punct && (f == "." || f == ";" || f == ",") {
						b = c + 1
						break
					}
				}
			}
			end := toks[b-1].End
			if b == k {
				end = sp.End
			}
			out = append(out, attache.Span{Start: start, End: end})
			start = end
			a = b
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// findPair returns the two countries "the two countries" refers to: those
// the persons of the lead serve, else the two most mentioned.
func (doc *doc) findPair(order []string) []string {
	var pair []string
	for s := 0; s < len(doc.ments) && s < 3 && len(pair) < 2; s++ {
		for _, m := range doc.ments[s] {
			if m.e.Type == attache.Person && m.e.Country != "" && !contains(pair, m.e.Country) {
				pair = append(pair, m.e.Country)
			}
		}
	}
	for _, c := range order {
		if len(pair) >= 2 {
			break
		}
		if !contains(pair, c) {
			pair = append(pair, c)
		}
	}
	if len(pair) < 2 {
		return nil
	}
	return pair[:2]
}

// otherOfPair returns the state of the article's pair that is not code,
// or "" when code is not one of them (or the article has no pair).
func (doc *doc) otherOfPair(code string) string {
	if len(doc.pair) != 2 {
		return ""
	}
	switch code {
	case doc.pair[0]:
		return doc.pair[1]
	case doc.pair[1]:
		return doc.pair[0]
	}
	return ""
}

// openArea reports whether location e is a sea or a world region (kb kind
// sea, or a region of no country): a topic of talks, never their venue.
// Looked up only when needed, once per entity.
func (doc *doc) openArea(e *attache.Entity) bool {
	if v, ok := doc.open[e]; ok || doc.d.kb == nil {
		return v
	}
	v := false
	for _, p := range doc.d.kb.PlacesNamed(e.Name) {
		if p.Kind == "sea" || p.Kind == "region" && p.Country == "" {
			v = true
		}
	}
	if doc.open == nil {
		doc.open = map[*attache.Entity]bool{}
	}
	doc.open[e] = v
	return v
}

// sentenceAt returns the index of the sentence holding byte pos, or -1.
func (doc *doc) sentenceAt(pos int) int {
	i := sort.Search(len(doc.sents), func(i int) bool { return doc.sents[i].End > pos })
	if i < len(doc.sents) && doc.sents[i].Start <= pos {
		return i
	}
	return -1
}

// splitLines is the fallback sentence splitter when the extraction has no
// sentences: lines, then ". " inside lines.
func splitLines(text string) []attache.Span {
	var out []attache.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		end := i == len(text) || text[i] == '\n' ||
			text[i] == '.' && i+1 < len(text) && text[i+1] == ' ' && i+2 < len(text) && text[i+2] >= 'A' && text[i+2] <= 'Z'
		if !end {
			continue
		}
		stop := i
		if i < len(text) && text[i] == '.' {
			stop = i + 1
		}
		if strings.TrimSpace(text[start:stop]) != "" {
			out = append(out, attache.Span{Start: start, End: stop})
		}
		start = stop
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// worldRegion reports whether location e is a world region of no country
// ("Asia-Pacific", "the Middle East"): too wide to be where anything took
// place, so never an event's place. Seas are kept: drills do sail there.
func (doc *doc) worldRegion(e *attache.Entity) bool {
	if doc.d.kb == nil {
		return false
	}
	for _, p := range doc.d.kb.PlacesNamed(e.Name) {
		if p.Kind == "region" && p.Country == "" {
			return true
		}
	}
	return false
}
