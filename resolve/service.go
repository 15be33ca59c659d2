package resolve

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"attache"
	"attache/kb"
	"attache/tenure"
)

// Service keeps the knowledge base of a store up to date and answers
// queries over it. Set the fields, then use it; it is safe for concurrent
// use (writes are serialised).
type Service struct {
	Articles  attache.Store
	Knowledge attache.KnowledgeStore
	KB        *kb.KB // optional: rank forms ignored when matching names

	mu    sync.Mutex
	built *built // the last build, reused when new articles only follow it

	// version is the knowledge base's version after this Service's last
	// write, on a store that several processes write (see lock).
	version int64

	folderOnce sync.Once
	folder     *tenure.Folder // folds post wordings for profiles; see tenures
}

// built is the resolution of the stored articles as of the last write:
// base is the plain resolution (no corrections applied) of arts (their
// extractions), seen the articles read (with duplicates and articles
// without extraction), last the sort key of the newest article in base,
// and out the knowledge base written to the store. It lives as long as
// the Service: Rebuild, Correct and Undo make it again.
type built struct {
	base *Builder
	// arts are the articles of base, to build again in memory when an
	// older article comes; nil when the store reads them back in one
	// pass (BulkReader): it then builds again from the store, and the
	// articles of a large base need not stay in memory all along.
	arts []*attache.Article
	seen map[string]bool
	last string
	out  *attache.Knowledge

	// cur is base with the stored corrections applied, as written to
	// the store (out), or nil until a correction needs it: a correction
	// then applies to it alone instead of to a build from the store.
	cur *Builder
}

// extend puts fresh articles (with their extractions, not near-duplicates,
// not yet in the build) into it. When they all come after the build's
// newest article in Build's order, they join at its end, entities of all
// of them first, then their events: Build links the entities of all
// articles before any event, and an article's events depend only on its
// own entities and on earlier events, so this gives what Build gives.
// An older article may change decisions taken before it: then the build
// is made again from all its articles.
func (b *built) extend(k *kb.KB, fresh []*attache.Article) {
	if len(fresh) == 0 {
		return
	}
	sortArticles(fresh)
	if b.arts != nil {
		b.arts = append(b.arts, fresh...)
	}
	// The corrected copy is stale from here on (update makes it again).
	b.cur = nil
	if b.follows(fresh) {
		locs := make([]*Local, len(fresh))
		for i, r := range fresh {
			locs[i] = b.base.AddEntities(r)
		}
		for i, r := range fresh {
			b.base.AddEvents(r, locs[i])
		}
	} else {
		// The old build goes before the new one is made, so that the
		// two are never in memory at once (each holds the whole base).
		b.base = nil
		b.base = Build(k, b.arts)
	}
	last := fresh[len(fresh)-1]
	b.last = max(b.last, sortKey(last.Published, last.ID))
}

// follows reports whether fresh, sorted in Build's order, all come after
// the build's newest article, so that they join at its end.
func (b *built) follows(fresh []*attache.Article) bool {
	return sortKey(fresh[0].Published, fresh[0].ID) > b.last
}

// sortKey orders articles as Build takes them: by publication date, then
// by id.
func sortKey(published, id string) string { return published + "\x00" + id }

// ResolveArticle brings the knowledge base up to date after one article
// was stored. Near-duplicates and articles without extraction change
// nothing. It is ResolveArticles with one article.
func (s *Service) ResolveArticle(ctx context.Context, a *attache.Article) error {
	return s.ResolveArticles(ctx, []*attache.Article{a})
}

// ResolveArticles brings the knowledge base up to date after arts were
// stored: the ingest service calls it with the articles stored since its
// last call, so that one build and one write serve many articles.
// Near-duplicates and articles without extraction change nothing.
//
// The result is always exactly what a rebuild from all stored extractions
// gives (Build), so that ingesting a corpus in any order, with any number
// of workers, in one run or many, in batches of any size, ends in the
// same knowledge base: a later article may carry the evidence that joins
// or separates what earlier ones said. The Service keeps its last build in
// memory: articles that come after it in Build's order (news arriving day
// by day) extend it, which gives the same result; an older one makes it
// build again in memory, once for the whole batch. Only what changed is
// written when that is exact.
func (s *Service) ResolveArticles(ctx context.Context, arts []*attache.Article) error {
	_, err := s.resolveArticles(ctx, arts, false)
	return err
}

// resolveArticles is ResolveArticles; with newerOnly, it resolves arts
// only when they extend the last build (see ResolveNewer) and reports
// whether it did.
func (s *Service) resolveArticles(ctx context.Context, arts []*attache.Article, newerOnly bool) (bool, error) {
	var todo []*attache.Article
	for _, a := range arts {
		if a != nil && a.Extraction != nil && a.DuplicateOf == "" {
			todo = append(todo, a)
		}
	}
	if len(todo) == 0 {
		return true, nil
	}
	unlock, err := s.lock(ctx)
	if err != nil {
		return false, fmt.Errorf("resolve %s: %w", todo[0].ID, err)
	}
	defer unlock()
	// Without a last build, update builds one from the store, which
	// holds them already: they are in order in it.
	if newerOnly && s.built != nil && !s.built.follow(todo) {
		return false, nil
	}
	if err := s.update(ctx, todo); err != nil {
		if len(todo) == 1 {
			return false, fmt.Errorf("resolve %s: %w", todo[0].ID, err)
		}
		return false, fmt.Errorf("resolve %d articles from %s: %w", len(todo), todo[0].ID, err)
	}
	return true, nil
}

// ResolveNewer resolves arts, just stored, as ResolveArticles does when
// they all come after the last build in Build's order (news arriving day
// by day), which extends the build at the cost of the batch alone, and
// reports true; so it does without a last build, which it then builds
// from the store. Otherwise it changes nothing and reports false: the
// articles stay pending in the store, and ResolveDeferred resolves them
// later with all others left so. An older article changes decisions taken
// before it, so that resolving it costs a build of the whole base:
// one such build for a whole run, rather than one for each batch of it.
func (s *Service) ResolveNewer(ctx context.Context, arts []*attache.Article) (bool, error) {
	return s.resolveArticles(ctx, arts, true)
}

// follow reports whether every article of arts (articles resolution
// reads) that b does not hold yet comes after b's newest article in
// Build's order.
func (b *built) follow(arts []*attache.Article) bool {
	for _, a := range arts {
		if !b.seen[a.ID] && sortKey(a.Published, a.ID) <= b.last {
			return false
		}
	}
	return true
}

// ResolveDeferred resolves every article left pending in the store (those
// ResolveNewer left) with one build of the whole base from the store,
// written in one transaction that clears their pending marks. It keeps
// no build: a run resolves what it deferred at its end, and the build
// goes before the write, which then has the memory of the base's build
// to itself; a later write builds again from the store.
func (s *Service) ResolveDeferred(ctx context.Context) error {
	return s.resolveAll(ctx, false)
}

// resolveAll resolves every article left pending with one build from
// the store, kept for the writes that follow when keep is set.
func (s *Service) resolveAll(ctx context.Context, keep bool) error {
	unlock, err := s.lock(ctx)
	if err != nil {
		return fmt.Errorf("resolve: %w", err)
	}
	defer unlock()
	_, err = s.rebuildKeeping(ctx, false, keep)
	return err
}

// update adds arts, just stored, to the last build: at its end when they
// are all newer than it, else by building again in memory from the
// articles the last build holds; then it writes what changed. Without a
// last build (the first call since this Service started, or after an
// error) it rebuilds from the store, which has them too.
func (s *Service) update(ctx context.Context, arts []*attache.Article) error {
	if s.built == nil {
		_, err := s.rebuild(ctx, false)
		return err
	}
	var resolved []string
	var fresh []*attache.Article
	for _, a := range arts {
		resolved = append(resolved, a.ID)
		if s.built.seen[a.ID] {
			// Already in the build (a pending article a rebuild read):
			// only its pending mark goes.
			continue
		}
		s.built.seen[a.ID] = true
		fresh = append(fresh, resolvable(a))
	}
	if len(fresh) == 0 {
		return s.Knowledge.PutKnowledge(ctx, &attache.Knowledge{Resolved: resolved})
	}
	// What the store holds, to write only what the new articles change;
	// a correction written by parts left it to be made again.
	if err := s.keepOut(ctx); err != nil {
		s.built = nil
		return err
	}
	if sortArticles(fresh); s.built.arts == nil && !s.built.follows(fresh) {
		// An older article, and no articles kept to build again in
		// memory: the store has them all, these too.
		if err := s.buildAgain(ctx); err != nil {
			s.built = nil
			return err
		}
	} else {
		s.built.extend(s.KB, fresh)
	}
	b, _, err := s.corrected(ctx, s.built.base, nil)
	if err != nil {
		s.built = nil
		return err
	}
	k := b.Knowledge()
	// The write that adds the articles to the knowledge base clears their
	// pending marks in the same transaction (crash safety, see
	// attache.KnowledgeStore).
	err = s.write(ctx, k, resolved)
	if err != nil {
		s.built = nil
		return err
	}
	// The old copy goes before the new one is made: each holds the
	// whole base.
	s.built.out = nil
	s.built.out, s.built.cur = copyKnowledge(k), b
	if b == s.built.base {
		s.built.cur = nil // no correction: base itself, which the next batch changes
	}
	return nil
}

// buildAgain makes the last build again from the stored articles, the
// fresh ones among them; every article it reads is in the build from
// then on (see built.arts).
func (s *Service) buildAgain(ctx context.Context) error {
	// The old build goes before the new one is made.
	s.built.base, s.built.cur = nil, nil
	base, seen, _, err := s.build(ctx)
	if err != nil {
		return err
	}
	s.built.base = base
	s.built.saw(seen)
	return nil
}

// saw records seen, the articles a build read with their sort keys, as
// in b.
func (b *built) saw(seen map[string]string) {
	for id, key := range seen {
		b.seen[id] = true
		b.last = max(b.last, key)
	}
}

// BulkReader is a Store that reads, in one pass, what resolution needs of
// every stored article; sqlite.DB is one. Without it, a rebuild reads the
// articles one by one, with all they hold.
type BulkReader interface {
	// ResolvableArticles returns every stored article with its id,
	// publication date, duplicate mark and, when it has one, its
	// extraction's document name, entities (without mentions) and events;
	// no text, sentences or quantities.
	ResolvableArticles(ctx context.Context) ([]*attache.Article, error)
}

// Patcher is a KnowledgeStore that can also delete entities and events,
// so that a write touches only what changed; sqlite.DB is one. Without it,
// a change that is more than an addition rewrites the whole knowledge
// base.
type Patcher interface {
	// PatchKnowledge deletes the entities (with their aliases and
	// positions) and the events (with their parties, pairs and sources)
	// whose ids are given, then writes k as PutKnowledge does, in one
	// transaction.
	PatchKnowledge(ctx context.Context, entities, events []string, k *attache.Knowledge) error
}

// write brings the stored knowledge base from s.built.out to k, as little
// as it can, and clears the pending marks of resolved in the same
// transaction.
func (s *Service) write(ctx context.Context, k *attache.Knowledge, resolved []string) error {
	if p, ok := s.Knowledge.(Patcher); ok {
		if ents, evs, put, ok := patch(s.built.out, k); ok {
			put.Resolved = resolved
			if len(ents) == 0 && len(evs) == 0 {
				return s.Knowledge.PutKnowledge(ctx, put)
			}
			if pp, ok := s.Knowledge.(PartyPatcher); ok {
				if keep, drop := partyChanges(s.built.out, k, evs); len(drop) > 0 {
					return pp.PatchKnowledgeParties(ctx, ents, keep, drop, put)
				}
			}
			return p.PatchKnowledge(ctx, ents, evs, put)
		}
	} else if diff, ok := additions(s.built.out, k); ok {
		diff.Resolved = resolved
		return s.Knowledge.PutKnowledge(ctx, diff)
	}
	whole := *k
	whole.Resolved = resolved
	return s.Knowledge.ReplaceKnowledge(ctx, &whole)
}

// resolvable is the part of a that resolution reads, kept in memory
// between builds: entities without their mentions, events; no text,
// sentences or quantities.
func resolvable(a *attache.Article) *attache.Article {
	x := &attache.Extraction{Doc: a.Extraction.Doc, Published: a.Extraction.Published,
		Entities: a.Extraction.Entities, Events: a.Extraction.Events}
	if withMentions(x.Entities) {
		x.Entities = make([]attache.Entity, len(a.Extraction.Entities))
		for i, e := range a.Extraction.Entities {
			e.Mentions = nil
			x.Entities[i] = e
		}
	}
	return &attache.Article{ID: a.ID, Published: a.Published, Extraction: x}
}

// withMentions reports whether an entity of es keeps its mentions. Those
// ingest hands over, and those a bulk read returns, have none already:
// their entities are kept as they are rather than copied once more for
// every article of the base.
func withMentions(es []attache.Entity) bool {
	for _, e := range es {
		if e.Mentions != nil {
			return true
		}
	}
	return false
}

// ResolvePending resolves the articles a run interrupted between storing
// and resolving them left pending (see attache.KnowledgeStore), oldest
// first, and returns how many it resolved. Every start of ingest and serve
// calls it.
func (s *Service) ResolvePending(ctx context.Context) (int, error) {
	ids, err := s.Knowledge.PendingArticles(ctx)
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	if s.noBuild() {
		// The first article would build from the store, which resolves
		// them all; the others would then clear their marks one
		// transaction each (a run stopped while ingest deferred a
		// whole corpus leaves all of it pending).
		if err := s.resolveAll(ctx, true); err != nil {
			return 0, fmt.Errorf("resolve pending: %w", err)
		}
		return len(ids), nil
	}
	for i, id := range ids {
		a, err := s.Articles.Article(ctx, id)
		if err != nil {
			return i, fmt.Errorf("resolve pending %s: %w", id, err)
		}
		if a.Extraction == nil || a.DuplicateOf != "" {
			// Nothing to add: only the mark goes.
			if err := s.Knowledge.PutKnowledge(ctx, &attache.Knowledge{Resolved: []string{id}}); err != nil {
				return i, fmt.Errorf("resolve pending %s: %w", id, err)
			}
			continue
		}
		if err := s.ResolveArticle(ctx, a); err != nil {
			return i, err
		}
	}
	return len(ids), nil
}

// noBuild reports whether the Service holds no build yet.
func (s *Service) noBuild() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.built == nil
}

// RebuildStats says what a rebuild produced.
type RebuildStats struct {
	Articles    int `json:"articles"`
	Entities    int `json:"entities"`
	Events      int `json:"events"`
	Corrections int `json:"corrections"` // applied
	Skipped     int `json:"skipped"`     // corrections that no longer apply
}

// Rebuild rebuilds the whole knowledge base from the stored extractions
// and re-applies every correction not undone, in the order they were
// made. Corrections that no longer find their entity are skipped and
// counted.
func (s *Service) Rebuild(ctx context.Context) (*RebuildStats, error) {
	unlock, err := s.lock(ctx)
	if err != nil {
		return nil, fmt.Errorf("rebuild: %w", err)
	}
	defer unlock()
	return s.rebuild(ctx, true)
}

// rebuild builds the knowledge base from every stored extraction and
// writes it whole. changed says that extractions or corrections may have
// changed since the last write (a rebuild, a correction): the write is
// then marked Rebuilt, for the copies of other processes; a first build
// only adds the articles stored since.
func (s *Service) rebuild(ctx context.Context, changed bool) (*RebuildStats, error) {
	return s.rebuildKeeping(ctx, changed, true)
}

// rebuildKeeping is rebuild; without keep, it drops the build before
// the write and keeps none (see ResolveDeferred).
func (s *Service) rebuildKeeping(ctx context.Context, changed, keep bool) (*RebuildStats, error) {
	s.built = nil
	base, seen, arts, err := s.build(ctx)
	if err != nil {
		return nil, err
	}
	b, st, err := s.corrected(ctx, base, nil)
	if err != nil {
		return nil, err
	}
	st.Articles = len(seen)
	k := b.Knowledge()
	if !keep {
		base, b = nil, nil // the write needs k alone
	}
	// Every article the build read is resolved: none stays pending.
	whole := *k
	whole.Rebuilt = changed
	for id := range seen {
		whole.Resolved = append(whole.Resolved, id)
	}
	sort.Strings(whole.Resolved)
	if err := s.Knowledge.ReplaceKnowledge(ctx, &whole); err != nil {
		return nil, fmt.Errorf("rebuild: %w", err)
	}
	if !keep {
		return st, nil
	}
	// The copy of what was written, to compare the next write with, is
	// made when a write needs it (keepOut): a run that ends here, as
	// ingest does after resolving what it deferred, would hold two
	// copies of the whole base for nothing.
	s.built = &built{base: base, seen: map[string]bool{}, arts: arts}
	if _, bulk := s.Articles.(BulkReader); bulk {
		s.built.arts = nil // see built.arts
	}
	if b != base {
		s.built.cur = b
	}
	s.built.saw(seen)
	return st, nil
}

// build resolves every stored article. It returns the plain resolution,
// the articles read, with the sort key of those resolved ("" for
// duplicates and articles without extraction), and those resolved.
func (s *Service) build(ctx context.Context) (*Builder, map[string]string, []*attache.Article, error) {
	if br, ok := s.Articles.(BulkReader); ok {
		seen, loaded, err := readResolvable(ctx, br)
		if err != nil {
			return nil, nil, nil, err
		}
		// The articles read are the build's alone (see built.arts).
		return buildOwned(s.KB, loaded), seen, nil, nil
	}
	metas, _, err := s.Articles.FindArticles(ctx, attache.ArticleFilter{})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("rebuild: %w", err)
	}
	seen := map[string]string{}
	var loaded []*attache.Article
	for _, meta := range metas {
		seen[meta.ID] = ""
		if meta.DuplicateOf != "" {
			continue
		}
		a, err := s.Articles.Article(ctx, meta.ID)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("rebuild: %w", err)
		}
		if a.Extraction == nil {
			continue
		}
		seen[a.ID] = sortKey(a.Published, a.ID)
		loaded = append(loaded, resolvable(a))
	}
	return Build(s.KB, loaded), seen, loaded, nil
}

// readResolvable reads every stored article through br. It returns them
// all with their sort keys ("" for duplicates and articles without
// extraction) and, in copies of their own, those to resolve.
func readResolvable(ctx context.Context, br BulkReader) (map[string]string, []*attache.Article, error) {
	arts, err := br.ResolvableArticles(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("rebuild: %w", err)
	}
	seen := make(map[string]string, len(arts))
	var loaded []*attache.Article
	for _, a := range arts {
		seen[a.ID] = ""
		if a.DuplicateOf != "" || a.Extraction == nil {
			continue
		}
		seen[a.ID] = sortKey(a.Published, a.ID)
		loaded = append(loaded, resolvable(a))
	}
	return seen, loaded, nil
}

// corrected applies the stored corrections to a copy of base, plus extra
// (a correction being tried) whose error is returned.
func (s *Service) corrected(ctx context.Context, base *Builder, extra *attache.Correction) (*Builder, *RebuildStats, error) {
	cs, err := s.Knowledge.Corrections(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("corrections: %w", err)
	}
	b, st := base, &RebuildStats{}
	if extra != nil || len(cs) > 0 {
		b = base.clone()
		// What the corrections touch, so that an undo writes no more
		// (undoTracked).
		b.touch = newTouched()
	}
	st.Corrections, st.Skipped = applyCorrections(b, cs)
	if extra != nil {
		if err := b.Apply(*extra); err != nil {
			return nil, nil, err
		}
	}
	st.Entities, st.Events = len(b.ents), len(b.events)
	return b, st, nil
}

// applyCorrections applies the corrections of cs not undone to b, in
// order, and counts those applied and those that no longer apply.
func applyCorrections(b *Builder, cs []attache.Correction) (applied, skipped int) {
	for _, c := range cs {
		if c.Undone {
			continue
		}
		if err := b.Apply(c); err != nil {
			skipped++
			continue
		}
		applied++
	}
	return applied, skipped
}

// Corrections lists every correction, newest first.
func (s *Service) Corrections(ctx context.Context) ([]attache.Correction, error) {
	cs, err := s.Knowledge.Corrections(ctx)
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(cs)-1; i < j; i, j = i+1, j-1 {
		cs[i], cs[j] = cs[j], cs[i]
	}
	return cs, nil
}
