package ingest

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"
	"unsafe"

	"attache"
)

// TestForResolutionKeepsNoText: what waits for resolution (and what
// resolution then keeps for the whole base) shares no memory with the
// article's text: a name or evidence sentence cut out of it would keep all
// of it alive.
func TestForResolutionKeepsNoText(t *testing.T) {
	text := "General Lan Tran met the delegation of Peru in Lima. They signed a plan."
	a := &attache.Article{ID: "a1", Published: "2024-05-06", Text: text, Extraction: &attache.Extraction{
		Doc: "a1.txt",
		Entities: []attache.Entity{{ID: "e1", Type: attache.Person, Name: text[8:16], Aliases: []string{text[12:16]},
			Rank: text[:7], Titles: []string{text[17:20]}, Mentions: []attache.Mention{{Start: 8, End: 16, Text: text[8:16]}}}},
		Events: []attache.Event{{Type: "meeting", Place: text[47:51], Participants: []string{text[8:16], text[41:45]},
			Evidence: text[:52]}},
	}}
	r := forResolution(a)
	from := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return s != "" && p >= from && p < from+uintptr(len(text))
	}
	var all []string
	for _, e := range r.Extraction.Entities {
		all = append(all, e.Name, e.Rank)
		all = append(all, e.Aliases...)
		all = append(all, e.Titles...)
		if e.Mentions != nil {
			t.Errorf("entity %s keeps its mentions", e.ID)
		}
	}
	for _, ev := range r.Extraction.Events {
		all = append(all, ev.Place, ev.Evidence)
		all = append(all, ev.Participants...)
	}
	for _, s := range all {
		if inText(s) {
			t.Errorf("%q points into the article's text", s)
		}
	}
	if r.Extraction.Entities[0].Name != "Lan Tran" || r.Extraction.Events[0].Evidence != text[:52] {
		t.Errorf("copies differ: %+v", r.Extraction)
	}
}

// TestBatchSize: a batch waits for as many articles as the run has
// resolved (at least minBatch), takes no more than that, and takes what
// is left once the workers are done.
func TestBatchSize(t *testing.T) {
	for _, c := range []struct {
		queued, resolved int
		closed           bool
		want             int
	}{
		{0, 0, false, 0},
		{minBatch - 1, 0, false, 0},
		{minBatch, 0, false, minBatch},
		{minBatch + 5, 0, false, minBatch},
		{999, 1000, false, 0},
		{1000, 1000, false, 1000},
		{5000, 1000, false, 1000}, // bounded: one that fell behind catches up by doublings
		{3, 1000, true, 3},
		{0, 1000, true, 0},
		{5000, 1000, true, 1000},
	} {
		if got := batchSize(c.queued, c.resolved, c.closed); got != c.want {
			t.Errorf("batchSize(%d queued, %d resolved, closed %v) = %d, want %d", c.queued, c.resolved, c.closed, got, c.want)
		}
	}
}

// batchRecorder is a BatchResolver that records the batches it is given
// and holds each until released.
type batchRecorder struct {
	release chan struct{}
	mu      sync.Mutex
	batches [][]string
}

func (b *batchRecorder) ResolveArticles(ctx context.Context, arts []*attache.Article) error {
	<-b.release
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	b.mu.Lock()
	b.batches = append(b.batches, ids)
	b.mu.Unlock()
	return nil
}

// TestResolveQueueBatches: articles queued while a batch is being resolved
// make the next batch as soon as it ends, bounded by what has been
// resolved; every article is resolved once, in the order stored.
func TestResolveQueueBatches(t *testing.T) {
	rec := &batchRecorder{release: make(chan struct{})}
	q := newResolveQueue(context.Background(), &run{res: &Result{}}, rec)
	n := 0
	add := func(k int) {
		for range k {
			q.add("in", &attache.Article{ID: fmt.Sprintf("a%04d", n)})
			n++
		}
	}
	add(minBatch) // the first batch starts and waits for its release
	add(10 * minBatch)
	close(rec.release)
	q.finish()
	var sizes []int
	var all []string
	for _, b := range rec.batches {
		sizes = append(sizes, len(b))
		all = append(all, b...)
	}
	// 64 resolved → 64, 128 → 128, 256 → 256, then what is left: 192.
	if want := []int{minBatch, minBatch, 2 * minBatch, 4 * minBatch, 3 * minBatch}; !reflect.DeepEqual(sizes, want) {
		t.Errorf("batch sizes %v, want %v", sizes, want)
	}
	for i, id := range all {
		if want := fmt.Sprintf("a%04d", i); id != want {
			t.Fatalf("article %d resolved is %s, want %s", i, id, want)
		}
	}
	if len(all) != n {
		t.Errorf("%d articles resolved, want %d", len(all), n)
	}
}

// deferRecorder is a DeferringResolver that resolves the batches whose
// first article's id is below from and defers the others, recording
// both.
type deferRecorder struct {
	from     string
	batches  [][]string
	deferred int // calls of ResolveDeferred
}

func (d *deferRecorder) ResolveArticles(ctx context.Context, arts []*attache.Article) error {
	panic("a DeferringResolver is given its batches through ResolveNewer")
}

func (d *deferRecorder) ResolveNewer(ctx context.Context, arts []*attache.Article) (bool, error) {
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	d.batches = append(d.batches, ids)
	return arts[0].ID < d.from, nil
}

func (d *deferRecorder) ResolveDeferred(ctx context.Context) error {
	d.deferred++
	return nil
}

// TestResolveQueueDefers: with a DeferringResolver, batches take at most
// maxBatch articles; once one is deferred, no article stored after it
// waits in memory nor goes to the resolver batch by batch, and the
// resolver resolves them all once the workers are done.
func TestResolveQueueDefers(t *testing.T) {
	total := 3*maxBatch + 100
	deferAt := fmt.Sprintf("a%05d", 2*maxBatch) // the first batch from there is deferred
	rec := &deferRecorder{from: deferAt}
	q := newResolveQueue(context.Background(), &run{res: &Result{}}, rec)
	add := func(from, to int) {
		for i := from; i < to; i++ {
			q.add("in", &attache.Article{ID: fmt.Sprintf("a%05d", i)})
		}
	}
	add(0, 3*maxBatch)
	// Wait for the batch from deferAt to be deferred, then add the rest.
	deferred := func() bool {
		q.mu.Lock()
		defer q.mu.Unlock()
		return q.deferred
	}
	for start := time.Now(); !deferred(); time.Sleep(time.Millisecond) {
		if time.Since(start) > time.Minute {
			t.Fatal("no batch deferred")
		}
	}
	add(3*maxBatch, total)
	q.mu.Lock()
	waiting := len(q.queue)
	q.mu.Unlock()
	if waiting > 0 {
		t.Errorf("%d articles wait in memory after a batch was deferred", waiting)
	}
	q.finish()
	seen := 0
	for _, b := range rec.batches {
		if len(b) > maxBatch {
			t.Errorf("a batch of %d articles, want at most %d", len(b), maxBatch)
		}
		seen += len(b)
	}
	if last := rec.batches[len(rec.batches)-1]; last[0] < deferAt {
		t.Errorf("no batch was deferred: the last one starts at %s", last[0])
	}
	if seen >= total {
		t.Errorf("the resolver was given all %d articles batch by batch, want those after the deferred batch left out", seen)
	}
	if rec.deferred != 1 {
		t.Errorf("ResolveDeferred called %d times, want once", rec.deferred)
	}
}
