package resolve_test

import (
	"os"
	"strconv"
	"testing"

	"attache"
	"attache/clean"
	"attache/extract"
	"attache/internal/gen"
	"attache/kb"
	"attache/resolve"
)

// reportArticles extracts n realistic generated reports (internal/gen) as
// ingest would.
func reportArticles(b *testing.B, k *kb.KB, n int) []*attache.Article {
	g, err := gen.New(1)
	if err != nil {
		b.Fatal(err)
	}
	ex := extract.New(k)
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
	n := 2000
	if v := os.Getenv("ATTACHE_BENCH_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatal(err)
		}
	}
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	as := reportArticles(b, k, n)
	b.ResetTimer()
	for b.Loop() {
		resolve.Build(k, as)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
}
