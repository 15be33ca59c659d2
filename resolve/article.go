package resolve

import (
	"strconv"
	"strings"
	"unicode"

	"attache"
	"attache/fold"
)

// Local maps the names an article uses for its entities (folded) to
// knowledge-base entity IDs; events use it to resolve their participants.
type Local struct {
	byKey   map[string]string // fold.Key(name or alias) → entity id
	country map[string]string // entity id → ISO code
}

// AddEntities links the entities of article a (which must carry its
// extraction) to knowledge-base entities, creating them as needed, and
// records persons' ranks and posts as of the article's date.
func (b *Builder) AddEntities(a *attache.Article) *Local {
	loc := &Local{byKey: map[string]string{}, country: map[string]string{}}
	if a.Extraction == nil {
		return loc
	}
	if b.stale {
		b.reindex()
	}
	for i := range a.Extraction.Entities {
		e := &a.Extraction.Entities[i]
		if strings.TrimSpace(e.Name) == "" {
			continue
		}
		id := b.linkEntity(a, e)
		b.links = append(b.links, attache.EntityLink{ArticleID: a.ID, EntityIdx: i, EntityID: id, Name: e.Name})
		if b.arts[id] == nil {
			b.arts[id] = map[string]bool{}
		}
		b.arts[id][a.ID] = true
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := fold.Key(n); k != "" {
				if _, taken := loc.byKey[k]; !taken {
					loc.byKey[k] = id
				}
			}
		}
		if e.Type == attache.Country && e.Country != "" {
			loc.byKey[fold.Key(e.Country)] = id
		}
		loc.country[id] = b.ents[id].Country
	}
	return loc
}

// linkEntity finds or creates the knowledge-base entity of article entity
// e and merges what e says into it.
func (b *Builder) linkEntity(a *attache.Article, e *attache.Entity) string {
	kbe := b.match(e)
	if kbe == nil {
		// The country comes from voteCountry, which weighs this report too.
		kbe = &attache.KBEntity{ID: b.newID(a, e), Type: e.Type, Name: e.Name,
			Aliases: []string{}, Positions: []attache.Position{}}
		if e.Type == attache.Country && e.Country != "" {
			kbe.Country = strings.ToUpper(e.Country)
		}
		b.addEntity(kbe)
	}
	// An all-capitals dateline ("MANILA") is no name to show: the first
	// name written normally replaces it and it stays an alias. So is a
	// person's family name alone ("Secretary Teodoro") beside his full
	// name (matchNamedAlone).
	if n := strings.TrimSpace(e.Name); n != "" && (allCaps(kbe.Name) && !allCaps(n) ||
		e.Type == attache.Person && b.singleWord(kbe.ID) != "" && len(b.personWords(n)) >= 2) {
		kbe.Aliases = append(kbe.Aliases, kbe.Name)
		kbe.Name = n
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if n = strings.TrimSpace(n); n != "" && n != kbe.Name && !contains(kbe.Aliases, n) {
			kbe.Aliases = append(kbe.Aliases, n)
		}
	}
	b.voteCountry(kbe, e)
	if e.Type == attache.Person {
		b.addPositions(kbe, a, e)
	}
	b.indexEntity(kbe)
	return kbe.ID
}

// match returns the entity e denotes, or nil. Countries match by code;
// other entities by a shared matching key, the same type and no
// conflicting country. Among several, the one sharing most keys wins.
func (b *Builder) match(e *attache.Entity) *attache.KBEntity {
	if e.Type == attache.Country && e.Country != "" {
		return b.ents["country:"+strings.ToUpper(e.Country)]
	}
	score := map[string]int{}
	var best string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		for _, k := range b.matchKeys(e.Type, n) {
			for _, id := range b.byKey[k] {
				c := b.ents[id]
				// A person's country is evidence weighed across articles
				// (voteCountry), never a reason to split one name.
				conflict := e.Type != attache.Person && c != nil && c.Country != "" && e.Country != "" && c.Country != e.Country
				if c == nil || c.Type != e.Type || conflict {
					continue
				}
				score[id]++
				if best == "" || score[id] > score[best] || (score[id] == score[best] && id < best) {
					best = id
				}
			}
		}
	}
	if best == "" {
		if e.Type == attache.Person {
			names := append([]string{e.Name}, e.Aliases...)
			if m := b.matchPartial(names); m != nil {
				return m
			}
			if m := b.matchLoose(names, e.Country); m != nil {
				return m
			}
			if m := b.matchFamilyWord(e); m != nil {
				return m
			}
			return b.matchNamedAlone(e)
		}
		return nil
	}
	return b.ents[best]
}

// voteCountry weighs e's country as evidence for kbe's. A post that
// names the country ("Philippine Defense Secretary") is strong evidence;
// a rank or another post, medium; a name in passing, weak (its country
// may be a guess from the article). The heaviest country wins, on a tie
// the one first seen (articles are taken in a fixed order, so the result
// does not depend on the order of ingestion). A person's country needs
// more than one weak guess.
func (b *Builder) voteCountry(kbe *attache.KBEntity, e *attache.Entity) {
	if kbe.Type == attache.Country || e.Country == "" {
		return
	}
	v := b.votes[kbe.ID]
	if v == nil {
		v = map[string]int{}
		b.votes[kbe.ID] = v
	}
	w := 1
	if e.Rank != "" || len(e.Titles) > 0 {
		w = 2
	}
	for _, t := range e.Titles {
		if b.namesCountry(t, e.Country) {
			w = 5 // outweighs two posts read with a guessed country
		}
	}
	v[e.Country] += w
	if lead := b.lead[kbe.ID]; lead == "" || v[e.Country] > v[lead] {
		b.lead[kbe.ID] = e.Country
	}
	lead := b.lead[kbe.ID]
	kbe.Country = lead
	if kbe.Type == attache.Person && v[lead] < 2 {
		kbe.Country = ""
	}
}

// namesCountry reports whether title names country code by a name or
// demonym ("Vietnamese", "of Viet Nam").
func (b *Builder) namesCountry(title, code string) bool {
	t := " " + fold.Key(title) + " "
	for _, w := range b.countryWords[code] {
		if strings.Contains(t, " "+w+" ") {
			return true
		}
	}
	return false
}

// newID makes a readable id from the type and name. A person known only by
// one word gets the article in its id: it is a different entity in every
// article.
func (b *Builder) newID(a *attache.Article, e *attache.Entity) string {
	if e.Type == attache.Country && e.Country != "" {
		return "country:" + strings.ToUpper(e.Country)
	}
	base := string(e.Type) + ":" + slug(e.Name)
	if e.Type == attache.Person && len(b.matchKeys(e.Type, e.Name)) == 0 {
		base += "@" + a.ID
	}
	id := base
	for n := 2; b.ents[id] != nil; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// addPositions records e's rank and posts as of the article's date.
func (b *Builder) addPositions(kbe *attache.KBEntity, a *attache.Article, e *attache.Entity) {
	add := func(p attache.Position) {
		for _, q := range kbe.Positions {
			if q.Kind == p.Kind && q.Value == p.Value && q.ArticleID == p.ArticleID {
				return
			}
		}
		kbe.Positions = append(kbe.Positions, p)
	}
	if e.Rank != "" {
		add(attache.Position{Kind: attache.PositionRank, Value: e.Rank, AsOf: a.Published, ArticleID: a.ID})
		if latestRank(kbe) == "" || a.Published >= latestAsOf(kbe, attache.PositionRank) {
			kbe.Rank = e.Rank
		}
	}
	for _, t := range e.Titles {
		if t = strings.TrimSpace(t); t != "" {
			add(attache.Position{Kind: attache.PositionPost, Value: t, AsOf: a.Published, ArticleID: a.ID,
				Former: contains(e.Former, t)})
		}
	}
}

func latestRank(e *attache.KBEntity) string { return e.Rank }

func latestAsOf(e *attache.KBEntity, kind string) string {
	last := ""
	for _, p := range e.Positions {
		if p.Kind == kind && p.AsOf > last {
			last = p.AsOf
		}
	}
	return last
}

// allCaps reports whether s has letters and more than one of them, all
// capitals ("HANOI"; not "US" or "UN", which are written so).
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 3
}
