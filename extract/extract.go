// Package extract turns an article's clean text into the record of
// EXTRACTION.md: entities with mentions, events, quantities. It is pure: no
// storage, no network; knowledge comes in as a *kb.KB.
//
// The pipeline: tokens and sentences (package extract/text), gazetteer
// matches over folded tokens (countries, demonyms, places, ranks, posts,
// known organisations), organisation and place patterns, persons from
// ranks, posts and context, within-article coreference, quantities; then
// the event detector runs over the result.
package extract

import (
	"context"
	"strings"
	"unicode/utf8"

	"attache"
	"attache/extract/events"
	"attache/extract/text"
	"attache/fold"
	"attache/kb"
)

// Extractor runs the extraction pipeline. It is safe for concurrent use.
type Extractor struct {
	kb     *kb.KB
	events *events.Detector
	gaz    *gazetteer        // every kind of known name
	cgaz   *gazetteer        // countries and demonyms only, to find states inside other names
	pgaz   *gazetteer        // posts, which may hold other names ("Secretary of the Security Council")
	words  *firstWords       // first words of the three gazetteers' patterns
	lex    map[string]lexCat // word as written → the lexicon categories it is in
	// tokenWords joins words, lex and the event rules' vocabulary: one
	// lookup per token (buildTokenWords)
	tokenWords map[string]tokenWord
	// byteWords are the tokenWords of the one-byte ASCII words
	byteWords [utf8.RuneSelf]tokenWord
	abbr      map[string]bool   // folded abbreviations, for the sentence splitter
	agency    map[string]bool   // folded news agency names
	demonym   map[string]string // folded one-word country names and demonyms → code
	cname     map[string]string // fold.Key of every country name → code

	cityState map[string]int    // city-state code → its namesake capital in kb.Places
	spost     map[string]string // fold.Key of a post only one state has → code
	// official maps the name key (officialKey) of a well-known official
	// to the state they serve
	official      map[string]string
	officialFirst map[string]bool // first words of official's keys
	// nameForm maps a folded name word that one state's naming makes
	// distinctive ("nguyen", "zhang", "kishi") to that state (lexicon
	// "nameform"), read when nothing else says whom a person serves
	nameForm map[string]string
	// modifier holds the fold.Key of bodies that are no mention when they
	// qualify the words after them ("UN peacekeeping")
	modifier map[string]bool
	modOrg   map[int]bool // indexes of the knowledge-base bodies in modifier
	// eventOrg marks the knowledge-base bodies whose name holds an event
	// word (namesEvent), worked out once rather than at every mention
	eventOrg []bool
	// unitCodes are the endings of peacekeeping unit codes ("BAT", "CON")
	unitCodes []string
	// regionDemonym holds the fold.Key of the demonyms of world regions
	// that end in a state's demonym ("South American"): no state
	regionDemonym map[string]bool
}

// countryName returns the code of a country name or variant, or "".
func (x *Extractor) countryName(name string) string { return x.cname[fold.Key(name)] }

// countryOf returns the code of a one-word country name or demonym, or "".
func (x *Extractor) countryOf(folded string) string { return x.demonym[folded] }

// New returns an Extractor over the given knowledge. Build it once: it
// compiles the gazetteers. The word lists come from kb.LoadLexicon.
func New(k *kb.KB) (*Extractor, error) {
	lex, err := kb.LoadLexicon()
	if err != nil {
		return nil, err
	}
	return NewWithLexicon(k, lex)
}

// NewWithLexicon is New with an explicit lexicon (kb.LoadLexicon with the
// user's directories).
func NewWithLexicon(k *kb.KB, lex kb.Lexicon) (*Extractor, error) {
	// the event rules need no lexicon: read on the other core meanwhile
	// (both sides only read k)
	type built struct {
		d   *events.Detector
		err error
	}
	detector := make(chan built, 1)
	go func() {
		d, err := events.New(k)
		detector <- built{d, err}
	}()
	x := &Extractor{kb: k, lex: map[string]lexCat{}, abbr: map[string]bool{}, agency: map[string]bool{}, demonym: map[string]string{}, cname: map[string]string{}, spost: map[string]string{}, official: map[string]string{}, officialFirst: map[string]bool{}, nameForm: map[string]string{}, modifier: map[string]bool{}, modOrg: map[int]bool{}}
	x.addLexicon(lex)
	x.markOrgs(k)
	x.addGazetteers(k)
	det := <-detector
	if det.err != nil {
		return nil, det.err
	}
	x.events = det.d
	x.buildTokenWords()
	return x, nil
}

// addLexicon reads the lexicon's categories into the extractor's word
// sets: categories this version does not use are ignored.
func (x *Extractor) addLexicon(lex kb.Lexicon) {
	for cat, words := range lex {
		bit := lexCats[cat]
		for _, w := range words {
			x.lex[w] |= bit
		}
		for _, w := range words {
			switch cat {
			case "abbrev", "nameabbrev":
				x.abbr[text.Fold(w)] = true
			case "agency":
				x.agency[text.Fold(w)] = true
			case "statepost":
				if code, post, ok := strings.Cut(w, " "); ok {
					x.spost[fold.Key(post)] = code
				}
			case "nameform":
				if code, word, ok := strings.Cut(w, " "); ok {
					x.nameForm[text.Fold(strings.TrimSpace(word))] = code
				}
			}
		}
	}
	x.addOfficials(lex["official"]) // after the loop: keys need the suffixes
	for _, w := range lex["modifier"] {
		x.modifier[fold.Key(w)] = true
	}
	x.unitCodes = lex["unitcode"]
	x.regionDemonym = map[string]bool{}
	for _, w := range lex["regiondemonym"] {
		x.regionDemonym[fold.Key(w)] = true
	}
}

// markOrgs notes which organisations are named by a modifier word and
// which names say an event; it needs the lexicon read.
func (x *Extractor) markOrgs(k *kb.KB) {
	x.eventOrg = make([]bool, len(k.Orgs))
	for i, o := range k.Orgs {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if x.modifier[fold.Key(n)] {
				x.modOrg[i] = true
			}
		}
		// an exhibition may be listed under its short name with its full
		// name as an alias: "Indo Defence" (Indo Defence Expo & Forum)
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			x.eventOrg[i] = x.eventOrg[i] || x.namesEvent(n)
		}
	}
}

// addGazetteers builds the gazetteers of every known name (countries,
// demonyms, organisations, places, ranks), of countries alone and of
// posts, and the country name and demonym tables.
func (x *Extractor) addGazetteers(k *kb.KB) {
	words := newFirstWords()
	all, cs, ps := newGazetteer(words), newGazetteer(words), newGazetteer(words)
	// a name the places list holds is a place even when it has a country
	// code: Antarctica is no state
	place := map[string]bool{}
	x.cityState = cityStates(k)
	for i, p := range k.Places {
		if !x.isCityState(i) {
			place[fold.Key(p.Name)] = true
		}
	}
	for i, c := range k.Countries {
		for _, n := range c.Names {
			if place[fold.Key(n)] {
				continue
			}
			all.add(n, entry{kind: kCountry, index: i})
			cs.add(n, entry{kind: kCountry, index: i})
			x.cname[fold.Key(n)] = c.Code
		}
		for _, n := range append(append([]string{}, c.Names...), c.Demonyms...) {
			if ts := text.Tokenize(n); len(ts) == 1 && !place[fold.Key(n)] {
				x.demonym[ts[0].Fold] = c.Code
			}
		}
		for _, d := range c.Demonyms {
			all.add(d, entry{kind: kDemonym, index: i})
			cs.add(d, entry{kind: kDemonym, index: i})
		}
	}
	for i, o := range k.Orgs {
		all.add(o.Name, entry{kind: kOrg, index: i})
		for _, a := range o.Aliases {
			all.add(a, entry{kind: kOrg, index: i})
		}
	}
	for i, p := range k.Places {
		if x.isCityState(i) {
			continue // read as the state; cityStatePlaces adds the city
		}
		all.add(p.Name, entry{kind: kPlace, index: i})
		for _, v := range p.Variants {
			all.add(v, entry{kind: kPlace, index: i})
		}
	}
	for i, r := range k.Ranks {
		all.add(r.Canonical, entry{kind: kRank, index: i})
		for _, f := range r.Forms {
			all.add(f, entry{kind: kRank, index: i})
		}
	}
	for _, p := range k.Posts {
		ps.add(p, entry{kind: kPost})
	}
	x.gaz, x.cgaz, x.pgaz, x.words = all, cs, ps, words
}

// is reports whether word w, as written, is in one of the lexicon
// categories of cat (categories may be or-ed: cStop|cFunction).
func (x *Extractor) is(cat lexCat, w string) bool { return x.lex[w]&cat != 0 }

// Extract analyses one article. doc names it (a file name), text is its
// clean text, published its publication date (YYYY-MM-DD) or "".
func (x *Extractor) Extract(doc, text, published string) *attache.Extraction {
	out, _ := x.ExtractContext(context.Background(), doc, text, published) // never done: never nil
	return out
}
