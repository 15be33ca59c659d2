package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"attache"
)

// DefaultBudget is how long the work on one article may take unless
// Service.Budget says otherwise. Extraction runs in linear time at several
// MB/s, so a 10 MiB article needs a few seconds; the budget is the last
// guard against an input that still stalls a worker.
//
// At ingest the budget counts from the moment the article is parsed out
// of its input: cleaning, fingerprinting and the near-copy check come off
// what extraction gets. Cleaning itself cannot be stopped midway (it runs
// in linear time, see clean's hostile tests), so an article whose cleaning
// took all the budget is stored cleaned, without extraction. Resolution is
// outside the budget: it runs in batches of many articles on one
// goroutine, off the workers, and its work per article grows with what
// extraction found (entities and events), which the budget already bounds.
const DefaultBudget = 10 * time.Second

// ContextExtractor is an Extractor that stops early when its context is
// done (extract.Extractor is one). Extractors that are not are abandoned
// at the deadline and finish in the background.
type ContextExtractor interface {
	ExtractContext(ctx context.Context, doc, text, published string) (*attache.Extraction, error)
}

// ErrBudget says an extraction ran out of its time budget.
var ErrBudget = errors.New("extraction ran over its time budget")

// ExtractWithin runs ex over one article's clean text, giving up after
// budget (<= 0 means DefaultBudget). It returns the extraction, or nil and
// the reason there is none: ErrBudget (wrapped), ErrTooManyRecords
// (wrapped) for an extraction too large to store, a panic of the extractor
// turned into an error, or ctx's own error when the run was cancelled.
func ExtractWithin(ctx context.Context, ex Extractor, budget time.Duration, doc, text, published string) (*attache.Extraction, error) {
	if budget <= 0 {
		budget = DefaultBudget
	}
	return extractUntil(ctx, ex, time.Now().Add(budget), budget, doc, text, published)
}

// extractUntil is ExtractWithin with the deadline of a budget that started
// earlier (before the article was cleaned).
func extractUntil(ctx context.Context, ex Extractor, deadline time.Time, budget time.Duration, doc, text, published string) (*attache.Extraction, error) {
	if time.Until(deadline) <= 0 {
		return nil, fmt.Errorf("%w (%v, %d bytes; reading and cleaning took all of it)", ErrBudget, budget, len(text))
	}
	bctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	type result struct {
		x   *attache.Extraction
		err error
	}
	done := make(chan result, 1) // buffered: an abandoned extraction never blocks
	go func() {
		var res result
		defer func() {
			if p := recover(); p != nil {
				res = result{err: fmt.Errorf("extraction failed: %v", p)}
			}
			done <- res
		}()
		if cx, ok := ex.(ContextExtractor); ok {
			res.x, res.err = cx.ExtractContext(bctx, doc, text, published)
		} else {
			res.x = ex.Extract(doc, text, published)
		}
	}()
	select {
	case res := <-done:
		if res.err == nil {
			if err := checkRecords(res.x); err != nil {
				return nil, err
			}
			return res.x, nil
		}
		if ctx.Err() == nil && errors.Is(res.err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("%w (%v, %d bytes)", ErrBudget, budget, len(text))
		}
		return nil, res.err
	case <-bctx.Done():
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w (%v, %d bytes)", ErrBudget, budget, len(text))
	}
}

// budget is the time the work on one article may take.
func (s *Service) budget() time.Duration {
	if s.Budget > 0 {
		return s.Budget
	}
	return DefaultBudget
}

// notExtracted records an article stored without extraction.
func (r *run) notExtracted(path string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.res.NotExtracted = append(r.res.NotExtracted, InputError{Path: path, Err: err})
}
