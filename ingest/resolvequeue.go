package ingest

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"attache"
)

// BatchResolver is a Resolver that resolves many stored articles with one
// build and one write; resolve.Service is one. Ingest then resolves on one
// goroutine, in batches, while its workers go on storing.
type BatchResolver interface {
	ResolveArticles(ctx context.Context, arts []*attache.Article) error
}

// DeferringResolver is a BatchResolver that resolves a batch at the cost
// of the batch alone when its articles are newer than all it resolved
// (ResolveNewer) and can leave older ones pending in the store, to
// resolve them all at once with one build of the base (ResolveDeferred);
// resolve.Service is one.
type DeferringResolver interface {
	BatchResolver
	ResolveNewer(ctx context.Context, arts []*attache.Article) (bool, error)
	ResolveDeferred(ctx context.Context) error
}

// minBatch is the fewest articles a batch waits for, unless the run ends.
const minBatch = 64

// maxBatch is the most articles a batch takes from a DeferringResolver's
// queue: the articles wait in memory, and their knowledge is written in
// one transaction.
const maxBatch = 2048

// resolveQueue hands stored articles to the resolver in batches that grow
// with the run. Resolving an article out of date order builds the
// knowledge base again in memory, so each batch costs a build of all the
// articles resolved so far: a batch waits for as many articles as the
// run has resolved (at least minBatch), which doubles the base from batch
// to batch and keeps all the builds of a run to about twice the last one.
// It starts as soon as that many wait, and takes at most that many (see
// batchSize): one that fell behind catches up in batches still bounded by
// the base, whose writes hold the store's one writer for a time in
// proportion. The rest goes when the workers are done. The articles wait
// with their pending mark in the store: a run stopped before their batch
// leaves them for the next run to resolve, as before.
//
// A DeferringResolver (defer) takes batches of at most maxBatch articles
// as long as each is newer than all it resolved, which costs it the
// batch alone. The first batch that is not (a corpus in no date order)
// stays pending, and so does every article stored after it, which no
// longer waits in memory: when the workers are done, the resolver
// resolves them all with one build, instead of a build of the base for
// each batch.
type resolveQueue struct {
	run  *run
	res  BatchResolver
	wake chan struct{}
	done chan struct{}

	mu       sync.Mutex
	queue    []queued
	closed   bool
	deferred bool // the articles stored from here on are left pending
}

// queued is a stored article waiting for resolution, with its input path
// for warnings.
type queued struct {
	path string
	a    *attache.Article
}

func newResolveQueue(ctx context.Context, r *run, res BatchResolver) *resolveQueue {
	q := &resolveQueue{run: r, res: res, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go q.loop(ctx)
	return q
}

// add queues a, just stored, keeping only what resolution reads.
func (q *resolveQueue) add(path string, a *attache.Article) {
	q.mu.Lock()
	if !q.deferred {
		q.queue = append(q.queue, queued{path, forResolution(a)})
	}
	q.mu.Unlock()
	q.signal()
}

// finish resolves what is still queued and returns when all is resolved or
// ctx is cancelled.
func (q *resolveQueue) finish() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.signal()
	<-q.done
}

func (q *resolveQueue) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

func (q *resolveQueue) loop(ctx context.Context) {
	defer close(q.done)
	resolved := 0
	for {
		q.mu.Lock()
		closed := q.closed
		n := batchSize(len(q.queue), resolved, closed)
		if _, ok := q.res.(DeferringResolver); ok {
			n = batchSize(len(q.queue), min(resolved, maxBatch), closed)
		}
		var batch []queued
		if n > 0 {
			// The rest moves to an array of its own: the batch's goes
			// once it is resolved.
			batch, q.queue = q.queue[:n], append([]queued(nil), q.queue[n:]...)
		}
		q.mu.Unlock()
		if n > 0 {
			q.resolve(ctx, batch)
			resolved += n
		}
		if ctx.Err() != nil {
			return
		}
		if closed && n == 0 {
			q.resolveDeferred(ctx)
			return
		}
		if n > 0 {
			continue // more may be ready already: no wait
		}
		select {
		case <-q.wake:
		case <-ctx.Done():
			return
		}
	}
}

// batchSize is how many of the queued articles the next batch takes when
// resolved have been resolved, 0 when it should wait for more: as many as
// the run has resolved (at least minBatch), once that many are queued or
// the workers are done (closed).
func batchSize(queued, resolved int, closed bool) int {
	limit := max(minBatch, resolved)
	if queued < limit && !closed {
		return 0
	}
	return min(queued, limit)
}

func (q *resolveQueue) resolve(ctx context.Context, batch []queued) {
	arts := make([]*attache.Article, len(batch))
	for i, b := range batch {
		arts[i] = b.a
	}
	var err error
	if dr, ok := q.res.(DeferringResolver); ok {
		var done bool
		if done, err = dr.ResolveNewer(ctx, arts); err == nil && !done {
			q.setDeferred()
		}
	} else {
		err = q.res.ResolveArticles(ctx, arts)
	}
	if err == nil || ctx.Err() != nil {
		return // cancelled: the articles stay pending for the next run
	}
	if len(batch) == 1 {
		q.run.warn(batch[0].path, fmt.Errorf("knowledge base: %w", err))
		return
	}
	for _, b := range batch {
		q.run.warn(b.path, fmt.Errorf("knowledge base (resolved in a batch of %d): %w", len(batch), err))
	}
}

// setDeferred leaves the articles queued and those stored from now on
// pending, for resolveDeferred.
func (q *resolveQueue) setDeferred() {
	q.mu.Lock()
	q.deferred, q.queue = true, nil
	q.mu.Unlock()
}

// resolveDeferred resolves the articles left pending, once the workers
// are done.
func (q *resolveQueue) resolveDeferred(ctx context.Context) {
	q.mu.Lock()
	deferred := q.deferred
	q.mu.Unlock()
	dr, ok := q.res.(DeferringResolver)
	if !deferred || !ok {
		return
	}
	if err := dr.ResolveDeferred(ctx); err != nil && ctx.Err() == nil {
		q.run.warn("knowledge base", fmt.Errorf("resolving the articles of this run: %w (they stay pending)", err))
	}
}

// forResolution is the part of a that resolution reads: ids, dates,
// entities without their mentions, events. The text, the sentences and
// the quantities need not wait in memory, nor stay there afterwards: the
// strings kept are copies, because a name or an evidence sentence cut out
// of the text would keep the whole text alive for as long as resolution
// keeps the article (its last build holds every article of the base).
func forResolution(a *attache.Article) *attache.Article {
	out := &attache.Article{ID: strings.Clone(a.ID), Published: strings.Clone(a.Published), DuplicateOf: strings.Clone(a.DuplicateOf)}
	x := a.Extraction
	if x == nil {
		return out
	}
	out.Extraction = &attache.Extraction{Doc: strings.Clone(x.Doc), Published: strings.Clone(x.Published),
		Entities: make([]attache.Entity, len(x.Entities)), Events: make([]attache.Event, len(x.Events))}
	for i, e := range x.Entities {
		e.Mentions = nil
		e.ID, e.Name, e.Rank, e.Country = strings.Clone(e.ID), strings.Clone(e.Name), strings.Clone(e.Rank), strings.Clone(e.Country)
		e.Aliases, e.Titles, e.Former = cloneAll(e.Aliases), cloneAll(e.Titles), cloneAll(e.Former)
		out.Extraction.Entities[i] = e
	}
	for i, ev := range x.Events {
		for _, f := range []*string{&ev.Type, &ev.Name, &ev.Date, &ev.Place, &ev.Salience, &ev.Cameo, &ev.Plover,
			&ev.Mission, &ev.Unit, &ev.Rotation, &ev.Evidence} {
			*f = strings.Clone(*f)
		}
		ev.Participants = cloneAll(ev.Participants)
		out.Extraction.Events[i] = ev
	}
	return out
}

// cloneAll copies each string of ss into memory of its own; nil stays nil.
func cloneAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}
