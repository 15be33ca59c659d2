package resolve

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"attache"
	"attache/fold"
	"attache/kb"
)

// Service keeps the knowledge base of a store up to date and answers
// queries over it. Set the fields, then use it; it is safe for concurrent
// use (writes are serialised).
type Service struct {
	Articles  attache.Store
	Knowledge attache.KnowledgeStore
	KB        *kb.KB // optional: rank forms ignored when matching names

	mu sync.Mutex
}

// ResolveArticle adds one newly stored article to the knowledge base:
// the ingest service calls it after each successful store. Near-duplicates
// and articles without extraction are skipped. Corrections already
// recorded are re-applied to what the article touches.
func (s *Service) ResolveArticle(ctx context.Context, a *attache.Article) error {
	if a == nil || a.Extraction == nil || a.DuplicateOf != "" {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b := NewBuilder(s.KB)
	// Seed with the stored entities the article's names could match.
	probe := NewBuilder(s.KB)
	var keys []string
	for _, e := range a.Extraction.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			keys = append(keys, fold.Key(n))
			for _, k := range probe.matchKeys(e.Type, n) {
				_, key, _ := strings.Cut(k, "|")
				keys = append(keys, key)
			}
		}
	}
	for _, e := range a.Extraction.Entities {
		if e.Type == attache.Country && e.Country != "" {
			if c, err := s.Knowledge.KBEntity(ctx, "country:"+strings.ToUpper(e.Country)); err == nil {
				b.Seed([]attache.KBEntity{*c}, nil)
			} else if attache.ErrorCode(err) != attache.ENOTFOUND {
				return fmt.Errorf("resolve %s: %w", a.ID, err)
			}
		}
	}
	cands, err := s.Knowledge.KBEntitiesByKey(ctx, dedup(keys))
	if err != nil {
		return fmt.Errorf("resolve %s: %w", a.ID, err)
	}
	b.Seed(cands, nil)
	loc := b.AddEntities(a)
	// Then with the stored events of the same types and years that share a
	// participant or the countries.
	evs, err := s.eventCandidates(ctx, b, a, loc)
	if err != nil {
		return fmt.Errorf("resolve %s: %w", a.ID, err)
	}
	b.Seed(nil, evs)
	b.AddEvents(a, loc)
	cs, err := s.Knowledge.Corrections(ctx)
	if err != nil {
		return fmt.Errorf("resolve %s: %w", a.ID, err)
	}
	for _, c := range cs {
		if !c.Undone {
			_ = b.Apply(c) // corrections of entities this article does not touch do not apply here
		}
	}
	k := b.Knowledge()
	k.Resolved = []string{a.ID}
	if err := s.Knowledge.PutKnowledge(ctx, k); err != nil {
		return fmt.Errorf("resolve %s: %w", a.ID, err)
	}
	return nil
}

// ResolvePending resolves the articles a run interrupted between storing
// and resolving them left pending (see attache.KnowledgeStore), oldest
// first, and returns how many it resolved. Every start of ingest and serve
// calls it.
func (s *Service) ResolvePending(ctx context.Context) (int, error) {
	ids, err := s.Knowledge.PendingArticles(ctx)
	if err != nil {
		return 0, err
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

func (s *Service) eventCandidates(ctx context.Context, b *Builder, a *attache.Article, loc *Local) ([]attache.KBEvent, error) {
	var out []attache.KBEvent
	seen := map[string]bool{}
	for i, ev := range a.Extraction.Events {
		if ev.Date == "" || len(ev.Date) < 4 {
			continue
		}
		k := b.articleEvent(a, i, ev, loc)
		year := ev.Date[:4]
		var filters []attache.KBEventFilter
		for _, p := range k.Participants {
			filters = append(filters, attache.KBEventFilter{Types: []string{ev.Type}, EntityID: p, From: year, To: year})
		}
		if len(k.Participants) == 0 && len(k.Countries) > 0 {
			filters = append(filters, attache.KBEventFilter{Types: []string{ev.Type}, Countries: k.Countries, From: year, To: year})
		}
		if k.Series != "" {
			filters = append(filters, attache.KBEventFilter{Types: []string{ev.Type}, Countries: k.Countries, From: year, To: year})
		}
		for _, f := range filters {
			evs, err := s.Knowledge.KBEvents(ctx, f)
			if err != nil {
				return nil, err
			}
			for _, e := range evs {
				if !seen[e.ID] {
					seen[e.ID] = true
					out = append(out, e)
				}
			}
		}
	}
	return out, nil
}

// RebuildStats says what a rebuild produced.
type RebuildStats struct {
	Articles    int `json:"articles"`
	Entities    int `json:"entities"`
	Events      int `json:"events"`
	Corrections int `json:"corrections"` // applied
	Skipped     int `json:"skipped"`     // corrections that no longer apply

	seen []string // every article the build read: none is pending after it
}

// whole is the knowledge base b built, clearing the pending marks of the
// articles it read.
func (st *RebuildStats) whole(b *Builder) *attache.Knowledge {
	k := b.Knowledge()
	k.Resolved = st.seen
	return k
}

// Rebuild rebuilds the whole knowledge base from the stored extractions
// and re-applies every correction not undone, in the order they were
// made. Corrections that no longer find their entity are skipped and
// counted.
func (s *Service) Rebuild(ctx context.Context) (*RebuildStats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, st, err := s.build(ctx, nil)
	if err != nil {
		return nil, err
	}
	if err := s.Knowledge.ReplaceKnowledge(ctx, st.whole(b)); err != nil {
		return nil, fmt.Errorf("rebuild: %w", err)
	}
	return st, nil
}

// build resolves every stored article and applies the corrections, plus
// extra (a correction being tried) whose error is returned.
func (s *Service) build(ctx context.Context, extra *attache.Correction) (*Builder, *RebuildStats, error) {
	arts, _, err := s.Articles.FindArticles(ctx, attache.ArticleFilter{})
	if err != nil {
		return nil, nil, fmt.Errorf("rebuild: %w", err)
	}
	// Oldest first, so that canonical names and ids come from the first
	// report and positions accumulate in time order.
	sort.SliceStable(arts, func(i, j int) bool {
		if arts[i].Published != arts[j].Published {
			return arts[i].Published < arts[j].Published
		}
		return arts[i].ID < arts[j].ID
	})
	b := NewBuilder(s.KB)
	st := &RebuildStats{}
	var loaded []*attache.Article
	for _, meta := range arts {
		st.seen = append(st.seen, meta.ID)
		if meta.DuplicateOf != "" {
			continue
		}
		a, err := s.Articles.Article(ctx, meta.ID)
		if err != nil {
			return nil, nil, fmt.Errorf("rebuild: %w", err)
		}
		if a.Extraction == nil {
			continue
		}
		a.Original = nil
		st.Articles++
		loaded = append(loaded, a)
	}
	// Entities of all articles first: an event's participants then link to
	// entities whatever the article order.
	locs := make([]*Local, len(loaded))
	for i, a := range loaded {
		locs[i] = b.AddEntities(a)
	}
	for i, a := range loaded {
		b.AddEvents(a, locs[i])
	}
	cs, err := s.Knowledge.Corrections(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("rebuild: %w", err)
	}
	for _, c := range cs {
		if c.Undone {
			continue
		}
		if err := b.Apply(c); err != nil {
			st.Skipped++
			continue
		}
		st.Corrections++
	}
	if extra != nil {
		if err := b.Apply(*extra); err != nil {
			return nil, nil, err
		}
	}
	k := b.Knowledge()
	st.Entities, st.Events = len(k.Entities), len(k.Events)
	return b, st, nil
}

// Correct checks c, applies it to a fresh build of the knowledge base and,
// if it applies, records it and stores the result. Returns EINVALID for a
// bad correction, ENOTFOUND when its entity or fact does not exist.
func (s *Service) Correct(ctx context.Context, c attache.Correction) (attache.Correction, error) {
	if err := CheckCorrection(&c); err != nil {
		return c, err
	}
	if c.Kind == attache.CorrectSplit && len(splitNames(c.Value)) == 0 {
		return c, attache.Errorf(attache.EINVALID, "split needs the names to split off")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b, st, err := s.build(ctx, &c)
	if err != nil {
		return c, err
	}
	c.ID, c.Undone = "", false
	if err := s.Knowledge.AddCorrection(ctx, &c); err != nil {
		return c, err
	}
	if err := s.Knowledge.ReplaceKnowledge(ctx, st.whole(b)); err != nil {
		return c, fmt.Errorf("correct: %w", err)
	}
	return c, nil
}

// Undo reverts correction id, or the latest one not undone when id is
// "", and rebuilds. Returns ENOTFOUND when there is none, ECONFLICT when
// it is already undone.
func (s *Service) Undo(ctx context.Context, id string) (attache.Correction, error) {
	cs, err := s.Knowledge.Corrections(ctx)
	if err != nil {
		return attache.Correction{}, err
	}
	var found *attache.Correction
	for i := len(cs) - 1; i >= 0; i-- {
		if (id == "" && !cs[i].Undone) || (id != "" && cs[i].ID == id) {
			found = &cs[i]
			break
		}
	}
	switch {
	case found == nil && id == "":
		return attache.Correction{}, attache.Errorf(attache.ENOTFOUND, "no correction to undo")
	case found == nil:
		return attache.Correction{}, attache.Errorf(attache.ENOTFOUND, "no correction %s", id)
	case found.Undone:
		return *found, attache.Errorf(attache.ECONFLICT, "correction %s is already undone", found.ID)
	}
	c, err := s.Knowledge.SetCorrectionUndone(ctx, found.ID, true)
	if err != nil {
		return attache.Correction{}, err
	}
	if _, err := s.Rebuild(ctx); err != nil {
		return *c, err
	}
	return *c, nil
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
