package ingest

import (
	"context"
	"sync"

	"attache"
	"attache/simhash"
)

// shared is what an ingest service keeps to detect near-duplicates with
// the other processes writing the same store (attache.ArticleLocker).
type shared struct {
	mu    sync.Mutex // held with the store's article lock
	after int64      // the store's position this process has seen up to
}

// put stores a, whose fingerprint the run's index judged verdict (first:
// the first copy it is near). On a store other processes write too, a
// first copy is judged again under the store's article lock, after the
// index takes in what the others stored since this process last looked,
// so that of two near copies stored at once one is the first copy and the
// other its near-duplicate, as in one process. It returns the verdict
// that holds.
func (s *Service) put(ctx context.Context, index *simhash.Index, a *attache.Article, verdict simhash.Verdict, first string) (simhash.Verdict, string, error) {
	sh, ok := s.Store.(attache.ArticleLocker)
	if !ok || verdict != simhash.New {
		return verdict, first, s.Store.PutArticle(ctx, a)
	}
	s.shared.mu.Lock()
	defer s.shared.mu.Unlock()
	unlock, err := sh.LockArticles(ctx)
	if err != nil {
		return verdict, first, err
	}
	defer unlock()
	fps, after, err := sh.FingerprintsAfter(ctx, s.shared.after)
	if err != nil {
		return verdict, first, err
	}
	s.shared.after = after
	index.Remove(a.ID)
	for _, fp := range fps {
		index.Add(fp.ID, fp.SimHash) // those known already change nothing
	}
	switch verdict, first = index.Add(a.ID, a.SimHash); verdict {
	case simhash.Duplicate:
		return verdict, first, attache.Errorf(attache.ECONFLICT, "article %s is already stored", a.ID)
	case simhash.NearDuplicate:
		a.DuplicateOf = first
	}
	return verdict, first, s.Store.PutArticle(ctx, a)
}
