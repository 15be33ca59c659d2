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
	p := []prepared{{a: a, verdict: verdict, first: first}}
	errs := s.putBatch(ctx, index, p, func(arts []*attache.Article) []error {
		return []error{s.Store.PutArticle(ctx, arts[0])}
	})
	return p[0].verdict, p[0].first, errs[0]
}

// putBatch stores the articles of batch with putAll, judging its first
// copies again under the store's article lock as put does. It updates
// the verdicts of batch in place and returns one error per article.
func (s *Service) putBatch(ctx context.Context, index *simhash.Index, batch []prepared, putAll func([]*attache.Article) []error) []error {
	sh, ok := s.Store.(attache.ArticleLocker)
	if !ok || !hasFirstCopy(batch) {
		return putAll(articlesOf(batch))
	}
	errs := make([]error, len(batch))
	s.shared.mu.Lock()
	defer s.shared.mu.Unlock()
	unlock, err := sh.LockArticles(ctx)
	if err != nil {
		return fill(errs, err)
	}
	defer unlock()
	fps, after, err := sh.FingerprintsAfter(ctx, s.shared.after)
	if err != nil {
		return fill(errs, err)
	}
	s.shared.after = after
	// The batch's first copies leave the index, the others' come in as
	// stored (their writer judged them), and the batch's are judged again.
	for _, p := range batch {
		if p.verdict == simhash.New {
			index.Remove(p.a.ID)
		}
	}
	for _, fp := range fps {
		index.AddFirst(fp.ID, fp.SimHash)
	}
	var arts []*attache.Article
	var at []int
	demoted := map[string]string{} // a batch's first copy found near an other's: that copy
	for i := range batch {
		p := &batch[i]
		if f, ok := demoted[p.first]; ok && p.verdict == simhash.NearDuplicate {
			p.first, p.a.DuplicateOf = f, f
		}
		if p.verdict == simhash.New {
			p.verdict, p.first = index.AddText(p.a.ID, p.a.SimHash, p.a.Text)
			switch p.verdict {
			case simhash.Duplicate:
				errs[i] = attache.Errorf(attache.ECONFLICT, "article %s is already stored", p.a.ID)
				continue
			case simhash.NearDuplicate:
				p.a.DuplicateOf = p.first
				demoted[p.a.ID] = p.first
			}
		}
		arts, at = append(arts, p.a), append(at, i)
	}
	if len(arts) > 0 {
		for j, err := range putAll(arts) {
			errs[at[j]] = err
		}
	}
	return errs
}

// hasFirstCopy reports whether batch holds an article judged a first copy.
func hasFirstCopy(batch []prepared) bool {
	for _, p := range batch {
		if p.verdict == simhash.New {
			return true
		}
	}
	return false
}

func articlesOf(batch []prepared) []*attache.Article {
	arts := make([]*attache.Article, len(batch))
	for i, p := range batch {
		arts[i] = p.a
	}
	return arts
}

func fill(errs []error, err error) []error {
	for i := range errs {
		errs[i] = err
	}
	return errs
}
