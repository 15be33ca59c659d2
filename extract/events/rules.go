package events

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"

	"attache/fold"
)

// The data files a rules directory holds (see data/*.tsv for their format).
const (
	TriggersFile      = "triggers.tsv"
	TypesFile         = "types.tsv"
	AnniversariesFile = "anniversaries.tsv"
)

// typeCodes are the CAMEO and PLOVER codes of one event type.
type typeCodes struct {
	cameo, plover, context string
}

// elem is one slot of a pattern.
type elem struct {
	alts    []string // exact words
	ids     []int32  // the alternatives' numbers in the rules' vocab (numberAll), nil before
	set     []uint64 // ids as a set by number, for a slot of many words (numberAll), or nil
	prefix  []string // word prefixes ("sign" for "sign*")
	gap     bool     // "...": skip up to maxGap words
	ordinal bool     // "#ord"
	year    bool     // "#year": a year, 1900 to 2199 ("the 2000 memorandum")
}

// maxGap is how many words "..." may skip.
const maxGap = 6

// rule is one line of triggers.tsv.
type rule struct {
	line    int
	typ     string // event type, or none, suppress, link
	pattern []elem
	text    string // the pattern as written, for messages
	cameo   string
	who     string // "", before, after
	needs   elem   // words one of which the sentence must contain
	person  bool
	two     bool // two persons must be named before the trigger: its subjects ("A and B agreed to ...")
	place   bool // a place or country must be named right after the trigger
	body    bool // an organisation must be named right after the trigger ("visit the Navy Command")
	site    bool // the trigger names a site of its own ("toured the shipyard"): a stop of a trip, not the trip again
	anaphor bool
	speech  bool
	topic   bool // what follows the trigger is its topic: dates there are not the event's ("discussed preparations for next year")
	dest    bool
	trip    bool // a trip as a whole: placed in the country visited unless its own phrase names a city (place.go)
	bg      bool
	pair    bool
	each    bool            // one event per country named after the trigger
	apart   bool            // one meeting per counterpart named after the trigger ("separate meetings with A, B and C")
	named   bool            // the last word is capitalised: a name ("the 2nd Naval Chiefs' Meeting")
	cap     bool            // the first word must be part of a capitalised name
	since   bool            // a "since" date is the event's start ("has contributed troops since 2007")
	series  bool            // a round of the series the article reports: it takes the type of the main talks
	later   bool            // a later occasion agreed on ("agreed to meet"): never the talks it is agreed at
	grouped bool            // a grouping (forum or international body) is named right before the trigger ("SCO defence ministers met")
	undated bool            // the sentence's dates are the occasion it is told in ("at the invitation of"), never its own
	types   map[string]bool // suppress: the types turned off
	keeps   map[string]bool // the types of the triggers it overlaps that still count ("opened the exercise": the exercise too)
	// next holds the words that fill the second slot, by number, when
	// that slot lists words only (nextWords); first, the same of the
	// first slot (match)
	next, first []uint64
}

// rules is the compiled knowledge of the detector.
type rules struct {
	all           []*rule
	byWord        map[string][]*rule // rules whose first slot lists the word
	byID          [][]*rule          // byWord by the word's number in vocab
	vocab         vocab              // the words the slots list, numbered (numberAll)
	byPrefix      map[string][]*rule // rules whose first slot has a prefix, by its first 3 bytes
	hasPrefix     []bool             // by prefix3: some rule's prefix starts with these 3 letters
	ordinal       []*rule            // rules whose first slot is an ordinal
	link          elem               // words tying a ceremony to its anniversary
	unit          elem               // head words of unit names
	people        elem               // nouns counting personnel
	women         elem               // nouns counting women
	forum         elem               // words before a forum's name that make it an event
	irrealis      []*rule            // words that make a later trigger a purpose, not an occurrence
	condition     []*rule            // words that, opening a sentence, make all its triggers a condition ("If conditions allow, ...")
	scheduled     []*rule            // words after a trigger that schedule it ("the exercise to be held in November")
	referent      elem               // nouns that refer back to a person after "the"
	group         elem               // plural nouns that refer back to the lead's persons after "the two"
	scene         elem               // nouns for an occasion already told ("after the talks")
	recall        elem               // verbs that recall an earlier event ("recalled the visit")
	venue         elem               // last words of a body's name that make it a place ("Training School")
	participle    elem               // participles of acts that carry their own date ("signed", "ordered")
	sequence      elem               // words after "and" that tell a later act ("met A and later B")
	reporting     elem               // verbs that open reported speech ("said", "stressed")
	source        elem               // nouns for the release that made an act known ("statement", "announcement")
	plan          elem               // nouns of a plan whose "for ..." names its horizon ("a plan for joint patrols in 2026")
	purpose       elem               // verbs after "to" that open a purpose clause ("left today to participate in the exercise")
	guest         elem               // nouns for the party on a trip ("the guests visited", "the delegation will visit")
	journey       elem               // verbs of going whose "to X" names the town of a visit told after it ("will travel to Pune to visit")
	welcome       elem               // words of a homecoming ("welcome", "returning"): a ceremony of troops arriving
	editions      []*rule            // earlier editions of the main event's series ("first held in 1981")
	coming        []*rule            // the next edition of the main event's series ("the next one will be held in 2027")
	types         map[string]typeCodes
	anniversaries []anniversary
	lists         map[string][]string // the knowledge lists a needs= may name ("@mission"), by name

	// the words that may open an edition or scheduled phrase (numberAll)
	editionStarts, scheduledStarts ruleStarts

	// the irrealis and condition rules by the event type they apply to
	// (rulesByType), in file order: a hit asks of its own type's only
	irrealisOf, conditionOf map[string][]*rule
}

// special are the trigger-file types that are not event types.
var special = map[string]bool{"none": true, "suppress": true, "link": true, "unit": true, "people": true, "women": true, "forum": true, "irrealis": true, "condition": true, "referent": true, "group": true, "scene": true, "edition": true, "recall": true, "venue": true, "participle": true, "sequence": true, "reporting": true, "source": true, "plan": true, "purpose": true, "guest": true, "journey": true, "scheduled": true, "welcome": true, "coming": true}

// anniversary is a commemorated event with its year.
type anniversary struct {
	key  string // folded name
	year int
}

// loadRules reads the three data files from fsys. lists are the word
// lists of the knowledge base that a needs= option may name by "@name".
func loadRules(fsys fs.FS, lists map[string][]string) (*rules, error) {
	rs := &rules{byWord: map[string][]*rule{}, byPrefix: map[string][]*rule{}, types: map[string]typeCodes{}, hasPrefix: make([]bool, 26*26*26), lists: lists}
	if err := eachLine(fsys, TypesFile, rs.addType); err != nil {
		return nil, err
	}
	if err := eachLine(fsys, AnniversariesFile, rs.addAnniversary); err != nil {
		return nil, err
	}
	if err := eachLine(fsys, TriggersFile, rs.addTrigger); err != nil {
		return nil, err
	}
	if len(rs.all) == 0 {
		return nil, fmt.Errorf("events: %s: no trigger patterns", TriggersFile)
	}
	rs.numberAll()
	return rs, nil
}

// addType reads one line of types.tsv: type, CAMEO, PLOVER, context.
func (rs *rules) addType(n int, c []string) error {
	if len(c) < 1 || c[0] == "" {
		return fmt.Errorf("want type<TAB>cameo<TAB>plover<TAB>context")
	}
	for len(c) < 4 {
		c = append(c, "")
	}
	rs.types[c[0]] = typeCodes{cameo: c[1], plover: c[2], context: c[3]}
	return nil
}

// addAnniversary reads one line of anniversaries.tsv: name, year.
func (rs *rules) addAnniversary(n int, c []string) error {
	var y int
	if len(c) < 2 {
		return fmt.Errorf("want name<TAB>year")
	}
	if _, err := fmt.Sscanf(c[1], "%d", &y); err != nil || y < 1 {
		return fmt.Errorf("bad year %q", c[1])
	}
	rs.anniversaries = append(rs.anniversaries, anniversary{key: fold.Key(c[0]), year: y})
	return nil
}

// addTrigger reads one line of triggers.tsv: a trigger pattern, or a word
// list of one of the special types.
func (rs *rules) addTrigger(n int, c []string) error {
	if len(c) < 2 || c[0] == "" || strings.TrimSpace(c[1]) == "" {
		return fmt.Errorf("want type<TAB>pattern[<TAB>options]")
	}
	r := &rule{line: n, typ: c[0], text: c[1]}
	if _, ok := rs.types[r.typ]; !ok && !special[r.typ] {
		return fmt.Errorf("unknown event type %q (not in %s)", r.typ, TypesFile)
	}
	for _, w := range strings.Fields(c[1]) {
		r.pattern = append(r.pattern, parseElem(w))
	}
	if r.pattern[0].year {
		return fmt.Errorf("pattern %q starts with #year", c[1])
	}
	if r.pattern[0].gap || r.pattern[len(r.pattern)-1].gap {
		return fmt.Errorf("pattern %q starts or ends with a gap (...)", c[1])
	}
	if len(c) > 2 {
		if err := r.options(c[2]); err != nil {
			return err
		}
		if err := rs.expandLists(&r.needs); err != nil {
			return err
		}
	}
	if list := rs.wordList(r.typ); list != nil {
		*list = r.pattern[0]
		return nil
	}
	switch r.typ {
	case "edition":
		rs.editions = append(rs.editions, r)
		return nil
	case "coming":
		rs.coming = append(rs.coming, r)
		return nil
	case "scheduled":
		rs.scheduled = append(rs.scheduled, r)
		return nil
	case "irrealis", "condition":
		if len(r.types) == 0 {
			return fmt.Errorf("%s needs types=", r.typ)
		}
		if r.typ == "condition" {
			rs.condition = append(rs.condition, r)
		} else {
			rs.irrealis = append(rs.irrealis, r)
		}
		return nil
	}
	return rs.index(r)
}

// expandLists replaces each "@name" alternative of e by the words of the
// knowledge list of that name ("@mission": the acronyms of the missions of
// kb/data/orgs.tsv), so that a list the knowledge base keeps is not
// copied into the trigger file, where it would fall behind.
func (rs *rules) expandLists(e *elem) error {
	var alts []string
	for _, a := range e.alts {
		name, ok := strings.CutPrefix(a, "@")
		if !ok {
			alts = append(alts, a)
			continue
		}
		words, known := rs.lists[name]
		if !known {
			return fmt.Errorf("needs=: unknown list %q", a)
		}
		alts = append(alts, words...)
	}
	e.alts = alts
	return nil
}

// wordList returns the word list a special type of triggers.tsv fills
// (its first slot), or nil when typ is no such type.
func (rs *rules) wordList(typ string) *elem {
	switch typ {
	case "link":
		return &rs.link
	case "unit":
		return &rs.unit
	case "people":
		return &rs.people
	case "women":
		return &rs.women
	case "forum":
		return &rs.forum
	case "referent":
		return &rs.referent
	case "group":
		return &rs.group
	case "scene":
		return &rs.scene
	case "recall":
		return &rs.recall
	case "venue":
		return &rs.venue
	case "participle":
		return &rs.participle
	case "sequence":
		return &rs.sequence
	case "reporting":
		return &rs.reporting
	case "source":
		return &rs.source
	case "plan":
		return &rs.plan
	case "purpose":
		return &rs.purpose
	case "guest":
		return &rs.guest
	case "journey":
		return &rs.journey
	case "welcome":
		return &rs.welcome
	}
	return nil
}

// index adds trigger r to the lookups by its first slot.
func (rs *rules) index(r *rule) error {
	rs.all = append(rs.all, r)
	first := r.pattern[0]
	if first.ordinal {
		rs.ordinal = append(rs.ordinal, r)
	}
	for _, p := range first.prefix {
		if len(p) < 3 {
			return fmt.Errorf("prefix %q* is shorter than 3 letters", p)
		}
		rs.byPrefix[p[:3]] = append(rs.byPrefix[p[:3]], r)
		if i := prefix3(p); i >= 0 {
			rs.hasPrefix[i] = true
		}
	}
	for _, w := range first.alts {
		rs.byWord[w] = append(rs.byWord[w], r)
	}
	return nil
}

// prefix3 numbers the first three letters of w when they are a-z, so that
// most words are ruled out as prefix-rule starts without a map lookup; -1
// otherwise (the map decides).
func prefix3(w string) int {
	if len(w) < 3 {
		return -1
	}
	n := 0
	for i := 0; i < 3; i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return -1
		}
		n = n*26 + int(c-'a')
	}
	return n
}

// parseElem reads one pattern slot.
func parseElem(w string) elem {
	switch w {
	case "...":
		return elem{gap: true}
	case "#ord":
		return elem{ordinal: true}
	case "#year":
		return elem{year: true}
	}
	var e elem
	for _, a := range strings.Split(w, "|") {
		if strings.HasSuffix(a, "*") {
			e.prefix = append(e.prefix, strings.TrimSuffix(a, "*"))
		} else if a != "" {
			e.alts = append(e.alts, a)
		}
	}
	return e
}

// options reads the options column of a trigger line.
func (r *rule) options(s string) error {
	for _, o := range strings.Fields(s) {
		k, v, _ := strings.Cut(o, "=")
		switch k {
		case "cameo":
			r.cameo = v
		case "who":
			if v != "before" && v != "after" {
				return fmt.Errorf("who=%q: want before or after", v)
			}
			r.who = v
		case "needs":
			r.needs = parseElem(v)
		case "types":
			r.types = map[string]bool{}
			for _, t := range strings.Split(v, "|") {
				r.types[t] = true
			}
		case "keeps":
			r.keeps = map[string]bool{}
			for _, t := range strings.Split(v, "|") {
				r.keeps[t] = true
			}
		case "person":
			r.person = true
		case "two":
			r.two = true
		case "place":
			r.place = true
		case "body":
			r.body = true
		case "site":
			r.site = true
		case "anaphor":
			r.anaphor = true
		case "speech":
			r.speech = true
		case "topic":
			r.topic = true
		case "dest":
			r.dest = true
		case "trip":
			r.trip = true
		case "bg":
			r.bg = true
		case "pair":
			r.pair = true
		case "each":
			r.each = true
		case "apart":
			r.apart = true
		case "named":
			r.named = true
		case "cap":
			r.cap = true
		case "since":
			r.since = true
		case "series":
			r.series = true
		case "undated":
			r.undated = true
		case "later":
			r.later = true
		case "grouping":
			r.grouped = true
		default:
			return fmt.Errorf("unknown option %q", o)
		}
	}
	return nil
}

// eachLine calls each with the tab-separated columns of every line of
// fsys/name that is not blank or a # comment. Errors name the file and line.
func eachLine(fsys fs.FS, name string, each func(n int, cols []string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := each(n, cols); err != nil {
			return fmt.Errorf("events: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("events: %s: %w", name, err)
	}
	return nil
}

// matches reports whether word w fills slot e.
func (e *elem) matches(w word) bool { return e.fits(&w) }

// fits is matches without copying the word.
func (e *elem) fits(w *word) bool {
	if e.ordinal {
		return w.ordinal
	}
	if e.year {
		return !w.ordinal && w.num >= 1900 && w.num < 2200
	}
	if w.id != 0 && e.ids != nil {
		// both numbered: a word no slot lists (noWord) fails at once
		if w.id > 0 && e.hasID(w.id) {
			return true
		}
	} else if hasString(e.alts, w.low) {
		return true
	}
	return len(e.prefix) > 0 && hasPrefixOf(e.prefix, w.low)
}

// hasID reports whether e lists the word numbered id: by its set when it
// has one (a needs= list of dozens of words is tested at every word of a
// sentence), else by its list.
func (e *elem) hasID(id int32) bool {
	if e.set != nil {
		return int(id/64) < len(e.set) && e.set[id/64]&(1<<(id%64)) != 0
	}
	return hasID(e.ids, id)
}

func hasID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func hasPrefixOf(prefixes []string, s string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// match tries r at word i of ws (one sentence) and returns the index after
// the match, or -1.
func (r *rule) match(ws []word, i int) int {
	if i < len(ws) && slotFails(r.first, &ws[i]) {
		return -1 // most words are in no first slot: ruled out without a call
	}
	return matchFrom(r.pattern, ws, i)
}

func matchFrom(p []elem, ws []word, i int) int {
	for k := range p {
		e := &p[k]
		if e.gap {
			for g := 0; g <= maxGap && i+g < len(ws); g++ {
				if end := matchFrom(p[k+1:], ws, i+g); end >= 0 {
					return end
				}
			}
			return -1
		}
		if i >= len(ws) || !e.fits(&ws[i]) {
			return -1
		}
		i++
	}
	return i
}
