package resolve_test

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"attache"
	"attache/resolve"
	"attache/sqlite"
)

// BenchmarkResolveArticle stores and resolves 300 generated articles one
// by one, as ingest does, in order of publication (the last build is
// extended) and shuffled (older articles make it build again in memory).
// It reports the time per article.
func BenchmarkResolveArticle(b *testing.B) {
	k := defaultKB(b)
	const n = 300
	for _, order := range []string{"dated", "shuffled"} {
		b.Run(order, func(b *testing.B) {
			ctx := context.Background()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				rng := rand.New(rand.NewPCG(uint64(i), 3))
				as := generated(rng, n)
				if order == "shuffled" {
					rng.Shuffle(len(as), func(i, j int) { as[i], as[j] = as[j], as[i] })
				} else {
					sortByDate(as)
				}
				db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "kb.db"))
				if err != nil {
					b.Fatal(err)
				}
				svc := &resolve.Service{Articles: db, Knowledge: db, KB: k}
				b.StartTimer()
				for _, a := range as {
					if err := db.PutArticle(ctx, a); err != nil {
						b.Fatal(err)
					}
					if err := svc.ResolveArticle(ctx, a); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				db.Close()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
		})
	}
}

// BenchmarkBuild resolves 1000 generated articles in memory.
func BenchmarkBuild(b *testing.B) {
	k := defaultKB(b)
	as := generated(rand.New(rand.NewPCG(1, 4)), 1000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		resolve.Build(k, as)
	}
}

func sortByDate(as []*attache.Article) {
	for i := 1; i < len(as); i++ {
		for j := i; j > 0 && (as[j].Published < as[j-1].Published || as[j].Published == as[j-1].Published && as[j].ID < as[j-1].ID); j-- {
			as[j], as[j-1] = as[j-1], as[j]
		}
	}
}
