package export_test

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"testing"
	"time"

	"attache"
	"attache/export"
	"attache/ingest/ingesttest"
)

// synthBase stores n generated articles, each with a small extraction,
// and a knowledge base over them (one person per article and one event
// between two countries), without running the extractor: a large base
// built in seconds.
func synthBase(t testing.TB, n int) *base {
	t.Helper()
	ctx := context.Background()
	b := openBase(t, filepath.Join(t.TempDir(), "synth.db"))
	countries := []string{"VN", "RU", "IN", "JP", "FR", "AU"}
	var k attache.Knowledge
	for i := range n {
		text := ingesttest.Article(7, i)
		id := fmt.Sprintf("a%06d", i)
		day := fmt.Sprintf("20%02d-%02d-%02d", 10+i%15, 1+i%12, 1+i%28)
		name := fmt.Sprintf("Person %d", i)
		a := &attache.Article{ID: id, Title: "Article " + id, Published: day, Format: "text", Text: text, Original: []byte(text),
			Extraction: &attache.Extraction{Doc: id, Published: day,
				Entities: []attache.Entity{{ID: "e1", Type: attache.Person, Name: name, Aliases: []string{}, Rank: "Colonel",
					Mentions: []attache.Mention{{Start: 0, End: 5, Text: text[:5]}}}},
				Events: []attache.Event{{Type: "meeting", Date: day, Participants: []string{name}, Salience: "main",
					Evidence: text[:40], Start: 0, End: 40}}}}
		if err := b.db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		pid := fmt.Sprintf("person:p%d", i)
		c1, c2 := countries[i%len(countries)], countries[(i+1)%len(countries)]
		k.Entities = append(k.Entities, attache.KBEntity{ID: pid, Type: attache.Person, Name: name, Rank: "Colonel", Articles: 1,
			Aliases: []string{fmt.Sprintf("P. %d", i)}, Positions: []attache.Position{{Kind: attache.PositionRank, Value: "Colonel", AsOf: day, ArticleID: id}}})
		k.Links = append(k.Links, attache.EntityLink{ArticleID: id, EntityIdx: 0, EntityID: pid, Name: name})
		k.Events = append(k.Events, attache.KBEvent{ID: "ev-" + id, Type: attache.EventMeeting, Date: day,
			Participants: []string{pid}, Countries: []string{c1, c2},
			Sources: []attache.EventSource{{ArticleID: id, Published: day, Salience: "main", Evidence: text[:40]}}})
		k.Resolved = append(k.Resolved, id)
		if len(k.Entities) == 500 || i == n-1 {
			if err := b.db.PutKnowledge(ctx, &k); err != nil {
				t.Fatal(err)
			}
			k = attache.Knowledge{}
		}
	}
	return b
}

// peakHeap runs fn and returns the most heap in use above what was in
// use before it, sampled every few milliseconds. The collector runs
// often meanwhile, so that the peak follows what fn keeps alive rather
// than when garbage happened to be collected.
func peakHeap(fn func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var top atomic.Uint64
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
			runtime.ReadMemStats(&m)
			if m.HeapInuse > base.HeapInuse && m.HeapInuse-base.HeapInuse > top.Load() {
				top.Store(m.HeapInuse - base.HeapInuse)
			}
		}
	}()
	fn()
	close(stop)
	<-done
	return top.Load()
}

// TestJSONLMemoryIsFlat exports a base of 150 and of 600 articles: the
// peak heap of the larger export must not grow with the base (a writer
// that held the base in memory would need four times as much).
func TestJSONLMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two bases")
	}
	measure := func(n int) uint64 {
		b := synthBase(t, n)
		var best uint64
		for try := range 2 { // the least of two: a sample may catch garbage not yet collected
			p := peakHeap(func() {
				if err := export.WriteJSONL(context.Background(), b.src, io.Discard, export.Options{}); err != nil {
					t.Fatal(err)
				}
			})
			if try == 0 || p < best {
				best = p
			}
		}
		return best
	}
	small, large := measure(150), measure(600)
	t.Logf("peak heap: %d KB for 150 articles, %d KB for 600", small>>10, large>>10)
	if large > 2*small+(1<<20) {
		t.Errorf("peak heap %d KB for 600 articles against %d KB for 150: the export holds the base in memory", large>>10, small>>10)
	}
}

// BenchmarkJSONLExport exports a generated base of 5000 articles and
// reports the peak heap in use and the speed in articles a second.
func BenchmarkJSONLExport(b *testing.B) {
	const n = 5000
	base := synthBase(b, n)
	var peak uint64
	b.ResetTimer()
	for range b.N {
		p := peakHeap(func() {
			if err := export.WriteJSONL(context.Background(), base.src, io.Discard, export.Options{}); err != nil {
				b.Fatal(err)
			}
		})
		peak = max(peak, p)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
