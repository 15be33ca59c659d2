package postgres_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"attache"
	"attache/internal/pgtest"
	"attache/kb"
	"attache/postgres"
	"attache/resolve"
	"attache/storetest"
)

// benchArticles returns copies copies of the sample corpus (with its gold
// extractions), each copy a distinct article.
func benchArticles(b *testing.B, copies int) []*attache.Article {
	var out []*attache.Article
	for c := range copies {
		for _, a := range storetest.SampleCorpus(b) {
			a.ID = fmt.Sprintf("%s-%d", a.ID, c)
			a.Text += fmt.Sprintf("\n\n(copy %d)", c)
			out = append(out, a)
		}
	}
	return out
}

// BenchmarkSharedIngest stores and resolves articles (extraction is not
// measured: the gold records are the extractions) with 1, 2 and 4
// workers, each with its own connection pool and resolver as separate
// processes would have, against one PostgreSQL database.
func BenchmarkSharedIngest(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	arts := benchArticles(b, 3)
	ctx := context.Background()
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			var busy time.Duration
			for range b.N {
				b.StopTimer()
				url := pgtest.URL(b)
				var stores []*postgres.Store
				for range workers {
					s, err := postgres.Open(ctx, url)
					if err != nil {
						b.Fatal(err)
					}
					stores = append(stores, s)
				}
				b.StartTimer()
				start := time.Now()
				var wg sync.WaitGroup
				for w, s := range stores {
					svc := &resolve.Service{Articles: s, Knowledge: s, KB: k}
					wg.Add(1)
					go func() {
						defer wg.Done()
						for i := w; i < len(arts); i += workers {
							a := *arts[i]
							if err := s.PutArticle(ctx, &a); err != nil {
								b.Error(err)
								return
							}
							if err := svc.ResolveArticle(ctx, &a); err != nil {
								b.Error(err)
								return
							}
						}
					}()
				}
				wg.Wait()
				busy += time.Since(start)
				b.StopTimer()
				for _, s := range stores {
					s.Close()
				}
			}
			b.ReportMetric(float64(len(arts)*b.N)/busy.Seconds(), "articles/s")
		})
	}
}
