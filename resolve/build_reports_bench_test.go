package resolve_test

import (
	"context"
	"path/filepath"
	"testing"

	"attache"
	"attache/clean"
	"attache/extract"
	"attache/internal/gen"
	"attache/kb"
	"attache/resolve"
	"attache/sqlite"
)

// reportArticles extracts n realistic generated reports (internal/gen) as
// ingest would.
func reportArticles(b *testing.B, k *kb.KB, n int) []*attache.Article {
	g, err := gen.New(1)
	if err != nil {
		b.Fatal(err)
	}
	ex, err := extract.New(k)
	if err != nil {
		b.Fatal(err)
	}
	as := make([]*attache.Article, n)
	for i := range n {
		r := g.Article(i)
		text, _ := clean.Clean(r.Text)
		as[i] = &attache.Article{ID: attache.ArticleID(text), Published: r.Published, Text: text,
			Extraction: ex.Extract(r.Name, text, r.Published)}
	}
	return as
}

// BenchmarkBuildReports resolves realistic generated reports in memory
// (ATTACHE_BENCH_ARTICLES of them, 2000 by default): the cost of the
// build an out-of-order batch of ingest makes.
func BenchmarkBuildReports(b *testing.B) {
	n := benchArticles(b, 2000)
	k := defaultKB(b)
	as := reportArticles(b, k, n)
	b.ResetTimer()
	for b.Loop() {
		resolve.Build(k, as)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
}

// BenchmarkResolveBatches stores ATTACHE_BENCH_ARTICLES realistic reports
// (2000 by default) in random date order in doubling batches and resolves
// each batch after it is stored, as ingest does: the cost of resolution in
// a whole-program ingest, knowledge-base writes included (the time of
// storing the articles is not counted).
func BenchmarkResolveBatches(b *testing.B) {
	n := benchArticles(b, 2000)
	k := defaultKB(b)
	as := reportArticles(b, k, n)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "kb.db"))
		if err != nil {
			b.Fatal(err)
		}
		svc := &resolve.Service{Articles: db, Knowledge: db, KB: k}
		for i, size := 0, 64; i < len(as); i, size = i+size, max(size, i+size) {
			batch := as[i:min(len(as), i+size)]
			for _, a := range batch {
				if err := db.PutArticle(ctx, a); err != nil {
					b.Fatal(err)
				}
			}
			b.StartTimer()
			if err := svc.ResolveArticles(ctx, batch); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
		}
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
}
