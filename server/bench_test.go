package server

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"attache"
	"attache/query"
)

var benchWords = strings.Fields(`defence minister delegation cooperation dialogue strategic partnership
	peacekeeping mission rotation hospital engineering unit training exercise navy army air force
	agreement memorandum signing ceremony anniversary visit reception talks security maritime border
	Hanoi Moscow Jakarta Canberra Tokyo Manila Bangkok Vientiane Penh general colonel admiral`)

var benchCountries = []string{"Russia", "Japan", "India", "Australia", "Indonesia", "Laos", "Cambodia", "France"}

var benchCodes = map[string]string{"Russia": "RU", "Japan": "JP", "India": "IN", "Australia": "AU", "Indonesia": "ID", "Laos": "LA", "Cambodia": "KH", "France": "FR", "Vietnam": "VN"}

// benchArticle is a synthetic ~2 KB article with 8 entities and 3 events.
func benchArticle(r *rand.Rand, n int) *attache.Article {
	var b strings.Builder
	for b.Len() < 2000 {
		b.WriteString(benchWords[r.IntN(len(benchWords))])
		if r.IntN(12) == 0 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	country := benchCountries[r.IntN(len(benchCountries))]
	text := "General Nguyen Van " + strconv.Itoa(n%500) + " met " + country + " delegation. " + b.String()
	x := &attache.Extraction{Doc: fmt.Sprint(n), Sentences: []attache.Span{{Start: 0, End: 40}}}
	x.Entities = append(x.Entities,
		attache.Entity{ID: "e1", Type: attache.Person, Name: "Nguyen Van " + strconv.Itoa(n%500), Rank: "General", Country: "VN",
			Mentions: []attache.Mention{{Start: 8, End: 8 + len("Nguyen Van "+strconv.Itoa(n%500))}}},
		attache.Entity{ID: "e2", Type: attache.Country, Name: country, Country: benchCodes[country], Mentions: []attache.Mention{{Start: strings.Index(text, country), End: strings.Index(text, country) + len(country)}}},
		attache.Entity{ID: "e3", Type: attache.Country, Name: "Vietnam", Country: "VN"})
	for i := range 5 {
		x.Entities = append(x.Entities, attache.Entity{ID: fmt.Sprintf("e%d", i+4), Type: attache.Organization, Name: fmt.Sprintf("Unit %d", r.IntN(2000))})
	}
	types := []string{"meeting", "visit", "dialogue", "agreement", "deployment", "exercise"}
	for range 3 {
		x.Events = append(x.Events, attache.Event{Type: types[r.IntN(len(types))], Date: "2025-01-02", Participants: []string{"VN", benchCodes[country], "Nguyen Van " + strconv.Itoa(n%500)},
			Mission: "UNMISS", Personnel: 100 + r.IntN(200),
			Salience: "main", Evidence: text[:40], Start: 0, End: 40})
	}
	pub := fmt.Sprintf("%d-%02d-%02d", 2015+r.IntN(11), 1+r.IntN(12), 1+r.IntN(28))
	return &attache.Article{ID: fmt.Sprintf("bench-%08d", n), Title: text[:50], Text: text, Original: []byte(text),
		Published: pub, Source: []string{"VNA", "Xinhua", "Antara"}[r.IntN(3)], Format: "text", SimHash: r.Uint64(), Extraction: x}
}

// BenchmarkPages renders the main pages and API reads over a synthetic
// base of ATTACHE_BENCH_ARTICLES articles (default 100000), stored
// through the real SQLite store and resolved into its knowledge base.
// Generating the base takes several minutes; it is built once for all
// sub-benchmarks.
//
//	go test ./server -run '^$' -bench Pages -benchtime 50x
func BenchmarkPages(b *testing.B) {
	n := 100_000
	if v := os.Getenv("ATTACHE_BENCH_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatalf("ATTACHE_BENCH_ARTICLES=%q: %v", v, err)
		}
	}
	st := mustOpenStore(b)
	ctx := context.Background()
	var wg sync.WaitGroup
	const workers = 4
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for i := w; i < n; i += workers {
				if err := st.PutArticle(ctx, benchArticle(r, i)); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	countries := map[string]string{}
	for name, code := range benchCodes {
		countries[code] = name
	}
	svc := knowledgeOf(b, st)
	if _, err := svc.Rebuild(ctx); err != nil {
		b.Fatal(err)
	}
	s, err := New(Config{Store: st, Knowledge: query.New(st, svc.Knowledge, svc), Countries: countries})
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	for _, bc := range []struct{ name, url string }{
		{"home", "/"},
		{"search", "/?q=dialogue+partnership"}, // words in nearly every synthetic article: the worst case
		{"search-selective", "/?q=%22Nguyen+Van+123%22"},
		{"search-filtered", "/?q=dialogue&type=exercise&from=2020-01-01&to=2022-12-31"},
		{"search-entity", "/?q=navy&entity=Russia"},
		{"search-page-50", "/?q=navy&offset=1000"},
		{"article", "/articles/bench-00001234"},
		{"api-search", "/api/v1/search?q=peacekeeping+rotation"},
		{"api-article", "/api/v1/articles/bench-00001234"},
		{"api-articles", "/api/v1/articles?from=2020-01-01&limit=50"},
		{"entities", "/entities"},
		{"entity", "/entities/Nguyen%20Van%20123"},
		{"events", "/events?type=dialogue&country=RU"},
		{"relations", "/relations?a=VN&b=RU"},
		{"deployments", "/deployments"},
		{"api-entity", "/api/v1/entities/Nguyen%20Van%20123"},
		{"api-events", "/api/v1/events?country=VN&with=JP&from=2020-01-01"},
		{"api-relations", "/api/v1/relations/VN/RU"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				w := do(b, h, "GET", bc.url, "")
				if w.Code != 200 {
					b.Fatalf("%s: %d %s", bc.url, w.Code, w.Body)
				}
			}
		})
	}
}
