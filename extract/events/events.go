// Package events finds the events of EXTRACTION.md in an article whose
// entities are already extracted, with dates, places, participants,
// salience and CAMEO/PLOVER codes.
//
// Detection is driven by data: trigger patterns (data/triggers.tsv), the
// type → CAMEO/PLOVER table (data/types.tsv), the years of commonly
// commemorated events (data/anniversaries.tsv), and the words the place and
// participant rules read (data/args.tsv). Each trigger found in a
// sentence becomes a candidate event whose arguments come from the
// sentence's entity mentions and date expressions; candidates that
// describe the same occurrence (the same numbered dialogue, "the event",
// a meeting retold in a caption) are merged into one event.
package events

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"attache"
	txt "attache/extract/text"
	"attache/fold"
	"attache/kb"
)

//go:embed data/*.tsv
var embedded embed.FS

// Detector finds events. It is safe for concurrent use.
type Detector struct {
	kb       *kb.KB
	rules    *rules
	missions map[string]mission // folded org name or alias → mission
	byHost   map[string][]mission
	country  map[string]string // code → name
	intl     map[string]bool   // folded names of international organisations: hosts, not actors
	forums   map[string]bool   // folded names of forums (ADMM-Plus, Shangri-La Dialogue)
	places   placeWords        // the word lists of the argument rules (data/args.tsv)

	mu   sync.Mutex
	keys map[string]string // fold.Key of organisation names seen lately
}

// maxKeys bounds the cache of folded names: article text is untrusted and
// a long-running server must not grow without end.
const maxKeys = 4096

// key returns fold.Key(name), remembering it: the same organisations come
// back article after article, and folding is the costly part of looking
// them up.
func (d *Detector) key(name string) string {
	d.mu.Lock()
	k, ok := d.keys[name]
	d.mu.Unlock()
	if ok {
		return k
	}
	k = fold.Key(name)
	d.mu.Lock()
	if len(d.keys) >= maxKeys {
		clear(d.keys)
	}
	d.keys[name] = k
	d.mu.Unlock()
	return k
}

// mission is a UN peacekeeping mission of the knowledge base.
type mission struct {
	acronym string
	host    string
}

// New returns a Detector over the given knowledge and the embedded rules.
// An error means a broken build: the embedded rules are tested.
func New(k *kb.KB) (*Detector, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, fmt.Errorf("events: embedded rules: %w", err)
	}
	d, err := NewFrom(k, sub)
	if err != nil {
		return nil, fmt.Errorf("events: embedded rules: %w", err)
	}
	return d, nil
}

// NewFrom returns a Detector over the given knowledge and the rule files
// (triggers.tsv, types.tsv, anniversaries.tsv, and args.tsv, taken from the
// embedded rules when fsys lacks it) of fsys. Errors name the
// file and line at fault.
func NewFrom(k *kb.KB, fsys fs.FS) (*Detector, error) {
	rs, err := loadRules(fsys, knowledgeLists(k))
	if err != nil {
		return nil, err
	}
	d := &Detector{kb: k, rules: rs, missions: map[string]mission{},
		byHost: map[string][]mission{}, country: map[string]string{}, intl: map[string]bool{}, forums: map[string]bool{},
		keys: map[string]string{}}
	if d.places, err = loadPlaceWords(fsys); err != nil {
		return nil, err
	}
	if k == nil {
		return d, nil
	}
	for _, c := range k.Countries {
		d.country[c.Code] = c.Name
	}
	for _, o := range k.Orgs {
		if o.Kind == "io" {
			for _, n := range append([]string{o.Name}, o.Aliases...) {
				d.intl[fold.Key(n)] = true
			}
		}
		if o.Kind == "forum" {
			for _, n := range append([]string{o.Name}, o.Aliases...) {
				d.forums[fold.Key(n)] = true
			}
		}
		if o.Kind != "mission" {
			continue
		}
		m := mission{acronym: o.Name, host: o.Host}
		for _, a := range o.Aliases {
			if isAcronym(a) {
				m.acronym = a
				break
			}
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			d.missions[fold.Key(n)] = m
		}
		if o.Host != "" {
			d.byHost[o.Host] = append(d.byHost[o.Host], m)
		}
	}
	return d, nil
}

// knowledgeLists are the word lists of k that a trigger's needs= may name
// by "@name": "mission", the one-word acronyms of the missions of orgs.tsv
// in lower case ("unmiss", "unifil"). Without knowledge the lists are
// empty, still known by name.
func knowledgeLists(k *kb.KB) map[string][]string {
	var missions []string
	if k != nil {
		seen := map[string]bool{}
		for _, o := range k.Orgs {
			if o.Kind != "mission" {
				continue
			}
			for _, a := range o.Aliases {
				w := strings.ToLower(a)
				if isAcronym(a) && !strings.Contains(a, " ") && !seen[w] {
					seen[w] = true
					missions = append(missions, w)
				}
			}
		}
	}
	return map[string][]string{"mission": missions}
}

// isAcronym reports whether s is written in capitals ("UNMISS", "ADMM+").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// Detect appends to x.Events the events stated in text. x already holds
// the sentences, entities (with mentions) and quantities of text.
func (d *Detector) Detect(text, published string, x *attache.Extraction) {
	if x == nil || strings.TrimSpace(text) == "" {
		return
	}
	d.DetectTokens(text, published, x, txt.Tokenize(text))
}

// DetectTokens is Detect over the tokens the entity extractor already made
// of text (text.Tokenize), so that the text is not tokenized again.
func (d *Detector) DetectTokens(text, published string, x *attache.Extraction, toks []txt.Token) {
	if x == nil || strings.TrimSpace(text) == "" {
		return
	}
	d.DetectPrepared(d.Prepare(text, published, x.Sentences, toks, nil), x)
}

// DetectPrepared is DetectTokens from the words and dates Prepare made of
// the text; x holds its sentences, entities and quantities. p is used up.
func (d *Detector) DetectPrepared(p *Prepared, x *attache.Extraction) {
	if x == nil || strings.TrimSpace(p.text) == "" {
		releaseWords(p.wordBuf)
		return
	}
	doc := d.docOf(p, x)
	var cands []*cand
	for s := range doc.sents {
		cands = append(cands, doc.sentenceEvents(s)...)
	}
	evs := doc.dropSummaries(doc.editions(doc.merge(cands)))
	evs = doc.finish(evs)
	x.Events = slices.Grow(x.Events, len(evs))
	for _, c := range evs {
		x.Events = append(x.Events, c.ev)
	}
	releaseWords(doc.wordBuf) // the events hold no word
}
