package ingest_test

import (
	"context"
	"path/filepath"
	"testing"

	"attache/ingest"
	"attache/ingest/ingesttest"
	"attache/sqlite"
)

// BenchmarkIngest measures whole-pipeline throughput (read, clean,
// fingerprint, store in a real SQLite file) on generated articles.
func BenchmarkIngest(b *testing.B) {
	const n = 200
	dir := b.TempDir()
	if _, err := ingesttest.WriteFiles(dir, 1, n); err != nil {
		b.Fatal(err)
	}
	total := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := (&ingest.Service{Store: db}).Ingest(context.Background(), []string{dir})
		if err != nil || res.New != n {
			b.Fatalf("ingest: %v; new %d, near %d, failed %d", err, res.New, res.NearDuplicate, res.Failed)
		}
		total += res.New
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "articles/s")
}
