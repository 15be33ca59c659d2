package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"attache"
)

// DefaultBudget is how long one article's extraction may take unless
// Service.Budget says otherwise. Extraction runs in linear time at several
// MB/s, so a 10 MiB article needs a few seconds; the budget is the last
// guard against an input that still stalls a worker.
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
// the reason there is none: ErrBudget (wrapped), a panic of the extractor
// turned into an error, or ctx's own error when the run was cancelled.
func ExtractWithin(ctx context.Context, ex Extractor, budget time.Duration, doc, text, published string) (*attache.Extraction, error) {
	if budget <= 0 {
		budget = DefaultBudget
	}
	bctx, cancel := context.WithTimeout(ctx, budget)
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

// notExtracted records an article stored without extraction.
func (r *run) notExtracted(path string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.res.NotExtracted = append(r.res.NotExtracted, InputError{Path: path, Err: err})
}
