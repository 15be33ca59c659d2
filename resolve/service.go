package resolve

import (
	"context"
	"fmt"
	"sync"

	"attache"
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

// ResolveArticle brings the knowledge base up to date after one article
// was stored: the ingest service calls it after each successful store.
// Near-duplicates and articles without extraction change nothing.
//
// It rebuilds the knowledge base from all stored extractions (Build),
// so that ingesting a corpus in any order, with any number of workers,
// in one run or many, gives exactly what a rebuild gives: a later
// article may carry the evidence that joins or separates what earlier
// ones said, and a greedy update in arrival order would keep its first
// guess. The cost is a pass over the stored extractions per article.
func (s *Service) ResolveArticle(ctx context.Context, a *attache.Article) error {
	if a == nil || a.Extraction == nil || a.DuplicateOf != "" {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b, _, err := s.build(ctx, nil)
	if err != nil {
		return fmt.Errorf("resolve %s: %w", a.ID, err)
	}
	if err := s.Knowledge.ReplaceKnowledge(ctx, b.Knowledge()); err != nil {
		return fmt.Errorf("resolve %s: %w", a.ID, err)
	}
	return nil
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
	s.mu.Lock()
	defer s.mu.Unlock()
	b, st, err := s.build(ctx, nil)
	if err != nil {
		return nil, err
	}
	if err := s.Knowledge.ReplaceKnowledge(ctx, b.Knowledge()); err != nil {
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
	var loaded []*attache.Article
	for _, meta := range arts {
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
		loaded = append(loaded, a)
	}
	b := Build(s.KB, loaded)
	st := &RebuildStats{Articles: len(loaded)}
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
	b, _, err := s.build(ctx, &c)
	if err != nil {
		return c, err
	}
	c.ID, c.Undone = "", false
	if err := s.Knowledge.AddCorrection(ctx, &c); err != nil {
		return c, err
	}
	if err := s.Knowledge.ReplaceKnowledge(ctx, b.Knowledge()); err != nil {
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
