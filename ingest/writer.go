package ingest

import (
	"context"

	"attache"
	"attache/simhash"
)

// BatchStore is a Store that stores many articles in one transaction;
// sqlite.DB is one. Ingest then stores through one writer goroutine while
// its workers prepare (read, clean, extract) the next articles.
type BatchStore interface {
	// PutArticles stores arts as PutArticle would and returns one error
	// per article, nil for those stored.
	PutArticles(ctx context.Context, arts []*attache.Article) []error
}

// maxWriteBatch is the most articles one transaction stores.
const maxWriteBatch = 256

// prepared is an article ready to store, with what its outcome reports.
type prepared struct {
	path         string
	a            *attache.Article
	verdict      simhash.Verdict
	first        string // the first copy, for a near-duplicate
	notExtracted error  // why it is stored without extraction, if it is
}

// writer stores prepared articles in batches: it takes whatever the
// workers have prepared since its last commit (at most maxWriteBatch),
// stores it in one transaction and only then reports each article stored
// and hands it to resolution, so that an article reported stored is
// committed (kill -9 loses nothing reported). One commit for many articles
// writes each shared page of the tables and indexes once.
type writer struct {
	run  *run
	st   BatchStore
	ch   chan prepared
	done chan struct{}
}

func newWriter(ctx context.Context, r *run, st BatchStore) *writer {
	w := &writer{run: r, st: st, ch: make(chan prepared, maxWriteBatch), done: make(chan struct{})}
	go w.loop(ctx)
	return w
}

// put hands p to the writer; it waits while the writer is a full batch
// behind.
func (w *writer) put(ctx context.Context, p prepared) {
	select {
	case w.ch <- p:
	case <-ctx.Done():
		w.run.stored(ctx, p, ctx.Err())
	}
}

// finish stores what is still queued; call it once no worker puts.
func (w *writer) finish() {
	close(w.ch)
	<-w.done
}

func (w *writer) loop(ctx context.Context) {
	defer close(w.done)
	for {
		var batch []prepared
		select {
		case p, ok := <-w.ch:
			if !ok {
				return
			}
			batch = append(batch, p)
		case <-ctx.Done():
			return
		}
	more:
		for len(batch) < maxWriteBatch {
			select {
			case p, ok := <-w.ch:
				if !ok {
					break more
				}
				batch = append(batch, p)
			default:
				break more
			}
		}
		// the store decides near copies with other processes (shared.go)
		errs := w.run.s.putBatch(ctx, w.run.index, batch, func(arts []*attache.Article) []error {
			return w.st.PutArticles(ctx, arts)
		})
		for i, p := range batch {
			w.run.stored(ctx, p, errs[i])
		}
	}
}
