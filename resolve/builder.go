// Package resolve turns per-article extractions into one knowledge base:
// it links the entities of every article to real-world entities, records
// the ranks and posts of persons as of each article's date, links reports
// of the same event across articles, applies the analysts' corrections,
// and answers the questions of the query commands (profiles, event
// tables, bilateral dossiers, the peacekeeping ledger).
//
// The knowledge base depends only on the set of stored extractions, not
// on the order they arrived in (Build); names match as names.go says,
// events link as events.go says.
//
// It holds the rules once, above the storage backends: storage goes
// through attache.Store (articles) and attache.KnowledgeStore (the result).
package resolve

import (
	"sort"
	"strings"

	"attache"
	"attache/fold"
	"attache/kb"
)

// Builder resolves articles into an in-memory knowledge base (see Build).
type Builder struct {
	ranks        map[string]bool           // folded ranks, honorifics and other words stripped from the front of person names
	keep         map[string]bool           // such words that are also given names ("gen"), kept before a single word
	suffix       map[string]bool           // folded generational suffixes ("jr", "iii")
	given        map[string]string         // folded given-name variant → canonical form
	syllable     map[string]string         // folded romanized syllable of a Korean name → canonical form
	particle     map[string]bool           // folded articles before a family name ("al"), dropped
	place        map[string]string         // spaceless folded place variant → its gazetteer name
	placeCountry map[string]string         // gazetteer name (spaceless) → ISO code of its country
	countryName  map[string]string         // spaceless folded country name → ISO code
	votes        map[string]map[string]int // entity id → country → weight of the evidence for it
	lead         map[string]string         // entity id → the country with most evidence, first seen on a tie
	words        map[string][]string       // person name → personWords, computed once
	countryWords map[string][]string       // ISO code → folded names and demonyms
	loose        *strings.Replacer         // letter groups transliterations write differently → one reading (looseKey)
	plain        map[string]bool           // lower-case words that tell no event's subject (subjectWords)
	remote       map[string]bool           // lower-case words of talks held at a distance (remoteTalks)
	repeat       map[string]bool           // lower-case words of another contact of a pair (datelineDay)
	firstGroup   map[string]bool           // lower-case words before a contingent's first group's head count (partOfContingent)
	vessel       map[string]bool           // lower-case words of a kind of ship (sameVoyage)

	ents   map[string]*attache.KBEntity
	order  []string            // entity ids in creation order
	byKey  map[string][]string // matching key → entity ids
	stale  bool                // corrections changed names since byKey was made
	touch  *touched            // when set, what corrections change (applyTracked)
	links  []attache.EntityLink
	arts   map[string]map[string]bool // entity id → article ids linked (this build)
	events map[string]*attache.KBEvent
	evType map[attache.EventType][]string // event type → event ids
	evIdx  *eventIndex                    // events by date and name, for matchEvent
}

// NewBuilder returns an empty Builder. k may be nil; with it, rank forms
// ("Gen.", "Senior Lieutenant General") are ignored when matching names.
func NewBuilder(k *kb.KB) *Builder {
	t := tablesFor(k)
	return &Builder{
		ranks: t.ranks, keep: t.keep, suffix: t.suffix, given: t.given, syllable: t.syllable, particle: t.particle, place: t.place, countryWords: t.countryWords, loose: t.loose, plain: t.plain, remote: t.remote, repeat: t.repeat, firstGroup: t.firstGroup, vessel: t.vessel,
		placeCountry: t.placeCountry, countryName: t.countryName,
		words: map[string][]string{},
		ents:  map[string]*attache.KBEntity{}, byKey: map[string][]string{},
		arts: map[string]map[string]bool{}, events: map[string]*attache.KBEvent{},
		evType: map[attache.EventType][]string{}, votes: map[string]map[string]int{}, lead: map[string]string{},
		evIdx: newEventIndex(),
	}
}

func (b *Builder) addEntity(e *attache.KBEntity) {
	b.ents[e.ID] = e
	b.order = append(b.order, e.ID)
	b.indexEntity(e)
}

func (b *Builder) addEvent(ev *attache.KBEvent) {
	b.events[ev.ID] = ev
	b.evType[ev.Type] = append(b.evType[ev.Type], ev.ID)
	b.evIdx.add(ev)
}

// indexEntity makes e findable by every matching key of its names, and a
// person also by the words of each name that may be its family name
// (familyWords), for partial matches (the family name need not be the
// last word: "Walter Enrique Astudillo Chávez" is "Walter Astudillo"),
// by all its words but one, for near spellings (nearKeys), and by a
// name of one word, for the full name told later (matchNamedAlone).
func (b *Builder) indexEntity(e *attache.KBEntity) {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		keys := b.matchKeys(e.Type, n)
		if e.Type == attache.Person {
			if w := b.personWords(n); len(w) >= 2 {
				for _, x := range familyWords(w) {
					keys = append(keys, "person|word:"+x)
				}
				keys = append(keys, b.nearKeys(w, false)...)
				keys = append(keys, b.looseKey(w))
			} else if len(w) == 1 {
				keys = append(keys, "person|alone:"+w[0])
			}
		}
		for _, k := range keys {
			if !contains(b.byKey[k], e.ID) {
				b.byKey[k] = append(b.byKey[k], e.ID)
			}
		}
	}
}

// matchKeys are the keys under which name may link entities across
// articles (see names.go); a person known by one word has none.
func (b *Builder) matchKeys(t attache.EntityType, name string) []string {
	if t == attache.Person {
		return personKeys(b.personWords(name))
	}
	return b.nameKeys(t, name)
}

// stripRank drops leading rank words from a folded person name: "gen phan
// van giang" → "phan van giang".
func (b *Builder) stripRank(k string) string {
	for {
		w := strings.Fields(k)
		cut := 0
		for n := min(len(w)-1, 5); n >= 1; n-- {
			if b.ranks[strings.Join(w[:n], " ")] {
				cut = n
				break
			}
		}
		if cut == 0 {
			return k
		}
		k = strings.Join(w[cut:], " ")
	}
}

// Knowledge returns the knowledge base built so far.
func (b *Builder) Knowledge() *attache.Knowledge {
	k := &attache.Knowledge{Entities: []attache.KBEntity{}, Links: b.links, Events: []attache.KBEvent{}}
	if k.Links == nil {
		k.Links = []attache.EntityLink{}
	}
	for _, id := range b.order {
		e, ok := b.ents[id]
		if !ok {
			continue
		}
		out := *e
		out.Articles = len(b.arts[id])
		sortPositions(out.Positions)
		k.Entities = append(k.Entities, out)
	}
	ids := make([]string, 0, len(b.events))
	for id := range b.events {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		k.Events = append(k.Events, *b.events[id])
	}
	return k
}

func sortPositions(ps []attache.Position) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].AsOf != ps[j].AsOf {
			return ps[i].AsOf < ps[j].AsOf
		}
		return ps[i].Kind < ps[j].Kind
	})
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// slug turns a folded key into an id part: "phan van giang" → "phan-van-giang".
func slug(s string) string {
	s = strings.ReplaceAll(fold.Key(s), " ", "-")
	if s == "" {
		return "x"
	}
	return s
}

// Build resolves articles (with their extractions) into a new Builder.
// The result does not depend on the order of arts: articles are taken
// oldest first (then by id), so that ids and canonical names come from the
// first report and positions accumulate in time order, and the entities
// of all articles are linked before any event, so that an event's
// participants find their entities whatever the order.
func Build(k *kb.KB, arts []*attache.Article) *Builder {
	return build(k, append([]*attache.Article(nil), arts...), false)
}

// buildOwned is Build over articles that nothing else holds, whose
// entities and events it drops as soon as it has taken them in: the
// builder keeps what it needs of them, and the articles of a whole base
// need not all be in memory beside it at the end of the build.
func buildOwned(k *kb.KB, arts []*attache.Article) *Builder {
	return build(k, arts, true)
}

// build is Build over arts, which it sorts; with release, it drops each
// article's entities, then its events, once taken in.
func build(k *kb.KB, arts []*attache.Article, release bool) *Builder {
	sortArticles(arts)
	b := NewBuilder(k)
	locs := make([]*Local, len(arts))
	for i, a := range arts {
		locs[i] = b.AddEntities(a)
		if release && a.Extraction != nil {
			a.Extraction.Entities = nil
		}
	}
	for i, a := range arts {
		b.AddEvents(a, locs[i])
		locs[i] = nil
		if release {
			arts[i] = nil
		}
	}
	return b
}

// clone returns a deep copy of b, so that corrections can be applied to
// the copy while b stays the plain resolution of its articles.
func (b *Builder) clone() *Builder {
	c := &Builder{ranks: b.ranks, keep: b.keep, suffix: b.suffix, given: b.given, syllable: b.syllable, particle: b.particle, place: b.place, loose: b.loose, words: b.words,
		plain: b.plain, remote: b.remote, repeat: b.repeat, firstGroup: b.firstGroup, vessel: b.vessel,
		placeCountry: b.placeCountry, countryName: b.countryName,
		ents: make(map[string]*attache.KBEntity, len(b.ents)), order: append([]string(nil), b.order...),
		byKey: make(map[string][]string, len(b.byKey)), links: append([]attache.EntityLink(nil), b.links...),
		arts: make(map[string]map[string]bool, len(b.arts)), events: make(map[string]*attache.KBEvent, len(b.events)),
		evType: make(map[attache.EventType][]string, len(b.evType)),
		votes:  make(map[string]map[string]int, len(b.votes)), lead: make(map[string]string, len(b.lead)),
		countryWords: b.countryWords, evIdx: b.evIdx.clone(), stale: b.stale,
	}
	for id, code := range b.lead {
		c.lead[id] = code
	}
	for id, e := range b.ents {
		c.ents[id] = copyEntity(e)
	}
	for k, ids := range b.byKey {
		c.byKey[k] = append([]string(nil), ids...)
	}
	for id, m := range b.arts {
		c.arts[id] = make(map[string]bool, len(m))
		for a := range m {
			c.arts[id][a] = true
		}
	}
	for id, ev := range b.events {
		c.events[id] = copyEvent(ev)
	}
	for t, ids := range b.evType {
		c.evType[t] = append([]string(nil), ids...)
	}
	for id, v := range b.votes {
		c.votes[id] = make(map[string]int, len(v))
		for k, n := range v {
			c.votes[id][k] = n
		}
	}
	return c
}

func copyEntity(e *attache.KBEntity) *attache.KBEntity {
	c := *e
	c.Aliases = append([]string{}, e.Aliases...)
	c.Positions = append([]attache.Position{}, e.Positions...)
	return &c
}

func copyEvent(ev *attache.KBEvent) *attache.KBEvent {
	c := *ev
	c.Participants = append([]string{}, ev.Participants...)
	c.Countries = append([]string{}, ev.Countries...)
	c.Sources = append([]attache.EventSource{}, ev.Sources...)
	return &c
}

// sortArticles puts articles in Build's order: by publication date, then
// by id.
func sortArticles(arts []*attache.Article) {
	sort.SliceStable(arts, func(i, j int) bool {
		if arts[i].Published != arts[j].Published {
			return arts[i].Published < arts[j].Published
		}
		return arts[i].ID < arts[j].ID
	})
}
