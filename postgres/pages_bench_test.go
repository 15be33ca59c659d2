package postgres_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"attache"
	"attache/internal/pgtest"
	"attache/postgres"

	"github.com/jackc/pgx/v5"
)

// Words, sources and countries the generated articles are made of.
var (
	genWords = strings.Fields(`defence minister delegation cooperation training exercise navy army air force ` +
		`visit meeting dialogue agreement peacekeeping maritime security border talks joint patrol ` +
		`officials signed memorandum bilateral regional academy officers exchange strategic annual`)
	genSources   = []string{"VNA", "Antara", "PIB", "Kyodo", "DoD News"}
	genCountries = []string{"VN", "RU", "IN", "JP", "US", "PH", "ID", "AU", "CN", "KR"}
	genTypes     = []attache.EventType{"meeting", "visit", "dialogue", "agreement", "exercise"}
)

// genArticle makes article i of a generated archive: 60 to 400 words, a
// date within ten years, two people and a country, one or two events.
func genArticle(r *rand.Rand, i int) *attache.Article {
	var b strings.Builder
	for range 60 + r.IntN(340) {
		b.WriteString(genWords[r.IntN(len(genWords))])
		b.WriteByte(' ')
	}
	b.WriteString(fmt.Sprintf("Reference %d.", i))
	day := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(3650)).Format(time.DateOnly)
	p1, p2 := fmt.Sprintf("Person %d", r.IntN(5000)), fmt.Sprintf("Person %d", r.IntN(5000))
	c := genCountries[r.IntN(len(genCountries))]
	x := &attache.Extraction{Published: day,
		Entities: []attache.Entity{{ID: "e1", Type: attache.Person, Name: p1}, {ID: "e2", Type: attache.Person, Name: p2},
			{ID: "e3", Type: attache.Country, Name: c, Country: c}},
		Events: []attache.Event{{Type: string(genTypes[r.IntN(len(genTypes))]), Date: day, Participants: []string{p1, p2, c}, Salience: "main"}},
	}
	return &attache.Article{ID: fmt.Sprintf("gen-%07d", i), Title: fmt.Sprintf("%s %s", genWords[r.IntN(len(genWords))], c),
		Text: b.String(), Published: day, Source: genSources[r.IntN(len(genSources))], Format: "text", Extraction: x}
}

// genKnowledge is a knowledge base over n generated articles: one event
// per article between two countries, 5000 people.
func genKnowledge(r *rand.Rand, n int) *attache.Knowledge {
	k := &attache.Knowledge{}
	for p := range 5000 {
		k.Entities = append(k.Entities, attache.KBEntity{ID: fmt.Sprintf("person:%d", p), Type: attache.Person,
			Name: fmt.Sprintf("Person %d", p), Articles: r.IntN(50)})
	}
	for i := range n {
		a, b := genCountries[r.IntN(len(genCountries))], genCountries[r.IntN(len(genCountries))]
		day := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(3650)).Format(time.DateOnly)
		k.Events = append(k.Events, attache.KBEvent{ID: fmt.Sprintf("event:gen-%07d#0", i), Type: genTypes[r.IntN(len(genTypes))],
			Date: day, Participants: []string{fmt.Sprintf("person:%d", r.IntN(5000))}, Countries: []string{a, b},
			Sources: []attache.EventSource{{ArticleID: fmt.Sprintf("gen-%07d", i), Published: day, Salience: "main"}}})
	}
	return k
}

var (
	pagesOnce  sync.Once
	pagesStore *postgres.Store
	pagesErr   error
	pagesURL   string
)

// pagesBase fills one database with ATTACHE_BENCH_ARTICLES (default
// 10000) generated articles and their knowledge base, once per run.
func pagesBase(b *testing.B) (*postgres.Store, int) {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("ATTACHE_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	pagesOnce.Do(func() {
		ctx := context.Background()
		pagesURL = pgtest.URL(b)
		s, err := postgres.Open(ctx, pagesURL)
		if err != nil {
			pagesErr = err
			return
		}
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for w := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := rand.New(rand.NewPCG(uint64(w), 1))
				for i := w; i < n; i += 4 {
					if err := s.PutArticle(ctx, genArticle(r, i)); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		if pagesErr = <-errs; pagesErr != nil {
			return
		}
		if pagesErr = s.ReplaceKnowledge(ctx, genKnowledge(rand.New(rand.NewPCG(9, 9)), n)); pagesErr != nil {
			return
		}
		// What autovacuum does soon after a bulk load on a real server.
		if conn, err := pgx.Connect(ctx, pagesURL); err == nil {
			_, pagesErr = conn.Exec(ctx, `VACUUM ANALYZE`)
			conn.Close(ctx)
		} else {
			pagesErr = err
		}
		pagesStore = s
	})
	if pagesErr != nil {
		b.Fatal(pagesErr)
	}
	return pagesStore, n
}

// BenchmarkPages times the queries behind the UI's pages on a generated
// archive (ATTACHE_BENCH_ARTICLES articles, default 10000).
func BenchmarkPages(b *testing.B) {
	s, n := pagesBase(b)
	ctx := context.Background()
	cases := []struct {
		name string
		run  func() error
	}{
		{"articles-first-page", func() error { _, _, err := s.FindArticles(ctx, attache.ArticleFilter{Limit: 20}); return err }},
		{"articles-middle-page", func() error {
			_, _, err := s.FindArticles(ctx, attache.ArticleFilter{Limit: 20, Offset: n / 2})
			return err
		}},
		{"articles-by-source", func() error {
			_, _, err := s.FindArticles(ctx, attache.ArticleFilter{Source: "PIB", Limit: 20, Offset: 100})
			return err
		}},
		{"search-common-word", func() error { _, err := s.Search(ctx, attache.SearchQuery{Query: "defence"}); return err }},
		{"search-rare-word", func() error {
			_, err := s.Search(ctx, attache.SearchQuery{Query: fmt.Sprint(n / 3)})
			return err
		}},
		{"search-entity", func() error { _, err := s.Search(ctx, attache.SearchQuery{Entity: "Person 42"}); return err }},
		{"events-latest-of-pair", func() error {
			_, err := s.KBEvents(ctx, attache.KBEventFilter{Countries: []string{"VN", "RU"}, Limit: 50, Latest: true})
			return err
		}},
		{"events-page", func() error {
			_, err := s.KBEvents(ctx, attache.KBEventFilter{Types: []attache.EventType{"visit"}, Limit: 50, Offset: 200})
			return err
		}},
		{"tally-of-pair", func() error {
			_, err := s.KBEventTally(ctx, attache.KBEventFilter{Countries: []string{"VN", "RU"}})
			return err
		}},
		{"tally-all", func() error { _, err := s.KBEventTally(ctx, attache.KBEventFilter{}); return err }},
		{"tally-of-country", func() error {
			_, err := s.KBEventTally(ctx, attache.KBEventFilter{Countries: []string{"VN"}})
			return err
		}},
		{"events-of-country-page", func() error {
			_, err := s.KBEvents(ctx, attache.KBEventFilter{Countries: []string{"JP"}, Types: []attache.EventType{"visit"}, Limit: 50})
			return err
		}},
		{"pair-counts", func() error { _, err := s.KBPairCounts(ctx, "VN", 10); return err }},
		{"entities-page", func() error {
			_, _, err := s.FindKBEntities(ctx, attache.KBEntityFilter{Limit: 50, Offset: 100})
			return err
		}},
		{"entities-by-name-part", func() error { // search's profiles, the entity list's filter (trigram indexes)
			_, _, err := s.FindKBEntities(ctx, attache.KBEntityFilter{Query: "son 424", Limit: 20})
			return err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				if err := c.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReplaceKnowledge times a rebuild's write of a knowledge base of
// 5000 events (two countries and one participant each), tallies kept
// on write included.
func BenchmarkReplaceKnowledge(b *testing.B) {
	ctx := context.Background()
	s, err := postgres.Open(ctx, pgtest.URL(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	k := genKnowledge(rand.New(rand.NewPCG(9, 9)), 5000)
	b.ResetTimer()
	for range b.N {
		if err := s.ReplaceKnowledge(ctx, k); err != nil {
			b.Fatal(err)
		}
	}
}
