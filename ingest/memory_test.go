package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"attache/extract"
	"attache/ingest"
	"attache/ingest/ingesttest"
	"attache/kb"
	"attache/sqlite"
)

// BenchmarkIngestMemory ingests one article of about 10 MB (generated
// articles run together) with the real extractor and one worker, and
// reports the peak heap in use over the run, in MB and as a multiple of
// the input size.
func BenchmarkIngestMemory(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	ex, err := extract.New(k)
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 10<<20; i++ {
		sb.WriteString(ingesttest.Article(3, i))
		sb.WriteString("\n")
	}
	dir := b.TempDir()
	path := filepath.Join(dir, "large.txt")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	size := float64(sb.Len())
	sb.Reset()
	var peak uint64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "mem.db"))
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		var top atomic.Uint64
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			var m runtime.MemStats
			for {
				select {
				case <-stop:
					return
				case <-time.After(5 * time.Millisecond):
				}
				runtime.ReadMemStats(&m)
				if m.HeapInuse > base.HeapInuse && m.HeapInuse-base.HeapInuse > top.Load() {
					top.Store(m.HeapInuse - base.HeapInuse)
				}
			}
		}()
		b.StartTimer()
		s := &ingest.Service{Store: db, Extractor: ex, Workers: 1, MaxSize: 16 << 20}
		res, err := s.Ingest(context.Background(), []string{path})
		b.StopTimer()
		close(stop)
		<-done
		if err != nil || res.New != 1 {
			b.Fatalf("ingest: %v %+v %v", err, res, res.Errors)
		}
		peak = max(peak, top.Load())
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(float64(peak)/size, "x-input")
}
