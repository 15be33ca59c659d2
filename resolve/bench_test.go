package resolve_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"testing"
	"time"

	"attache"
)

// benchArticles is the size of a benchmark's generated corpus or
// knowledge base: ATTACHE_BENCH_ARTICLES, or def. Generation takes a
// while, so it only happens under -bench.
func benchArticles(b *testing.B, def int) int {
	if v := os.Getenv("ATTACHE_BENCH_ARTICLES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			b.Fatalf("ATTACHE_BENCH_ARTICLES=%q: want a positive number", v)
		}
		return n
	}
	return def
}

// synthetic builds a knowledge base as n articles would give: 40
// countries, n/20 persons (a few very frequent, most rare), two events
// and five entity links per article. Vietnam is a party of a third of the
// events, as in a VNA-heavy corpus.
func synthetic(n int) *attache.Knowledge {
	r := rand.New(rand.NewSource(1))
	codes := []string{"VN", "RU", "US", "CN", "JP", "IN", "FR", "GB", "DE", "AU", "KR", "LA", "KH", "TH", "ID",
		"MY", "PH", "SG", "BN", "MM", "CU", "BY", "KZ", "IL", "IT", "ES", "NL", "PL", "CZ", "HU", "BR", "AR",
		"CL", "MX", "CA", "ZA", "EG", "NG", "SS", "CF"}
	types := attache.EventTypes[:8]
	k := &attache.Knowledge{}
	persons := max(50, n/20)
	for i := range persons {
		c := codes[i%len(codes)]
		k.Entities = append(k.Entities, attache.KBEntity{ID: fmt.Sprintf("person:p%d", i), Type: attache.Person,
			Name: fmt.Sprintf("Person %d Name", i), Country: c, Aliases: []string{fmt.Sprintf("P%d", i)},
			Positions: []attache.Position{{Kind: attache.PositionPost, Value: "Minister of Defence", AsOf: "2024-01-01", ArticleID: "a0"}}})
	}
	// A Zipf draw makes a few persons appear in thousands of events.
	zipf := rand.NewZipf(r, 1.2, 1, uint64(persons-1))
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for a := range n {
		id := fmt.Sprintf("art%07d", a)
		date := day.AddDate(0, 0, a*3650/n).Format("2006-01-02")
		for j := range 2 {
			p1, p2 := int(zipf.Uint64()), r.Intn(persons)
			c1, c2 := codes[p1%len(codes)], codes[p2%len(codes)]
			if r.Intn(3) == 0 {
				c1 = "VN"
			}
			ev := attache.KBEvent{ID: fmt.Sprintf("event:%s#%d", id, j), Type: types[r.Intn(len(types))], Date: date,
				Participants: []string{fmt.Sprintf("person:p%d", p1), fmt.Sprintf("person:p%d", p2)},
				Countries:    []string{c1, c2}, Sources: []attache.EventSource{{ArticleID: id, Idx: j, Published: date}}}
			if ev.Type == "dialogue" {
				ev.Series, ev.Number = "defence strategy dialogue", 1+r.Intn(12)
			}
			k.Events = append(k.Events, ev)
			k.Links = append(k.Links, attache.EntityLink{ArticleID: id, EntityIdx: 2 * j, EntityID: ev.Participants[0], Name: "x"},
				attache.EntityLink{ArticleID: id, EntityIdx: 2*j + 1, EntityID: ev.Participants[1], Name: "y"})
		}
		k.Links = append(k.Links, attache.EntityLink{ArticleID: id, EntityIdx: 4, EntityID: fmt.Sprintf("person:p%d", r.Intn(persons)), Name: "z"})
	}
	return k
}

// BenchmarkQueries measures `attache entity` and `attache relations` on a
// generated knowledge base of ATTACHE_BENCH_ARTICLES articles, reporting
// p50 and p99 latencies in milliseconds. Entity names are drawn from the
// frequent head (p0..p9, in thousands of events) and the rare tail;
// relations from VN with each other country.
//
//	go test ./resolve -run '^$' -bench Queries -benchtime 200x
func BenchmarkQueries(b *testing.B) {
	n := benchArticles(b, 100000)
	svc, db := openService(b)
	start := time.Now()
	if err := db.ReplaceKnowledge(context.Background(), synthetic(n)); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated a knowledge base of %d articles in %s", n, time.Since(start).Round(time.Second))
	ctx := context.Background()
	persons := max(50, n/20)
	run := func(b *testing.B, q func(i int) error) {
		lat := make([]time.Duration, 0, b.N)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			if err := q(i); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t0))
		}
		b.StopTimer()
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		ms := func(p float64) float64 {
			return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
		}
		b.ReportMetric(ms(0.50), "p50-ms")
		b.ReportMetric(ms(0.99), "p99-ms")
	}
	b.Run("entity", func(b *testing.B) {
		run(b, func(i int) error {
			p := i % 10 // the frequent head
			if i%2 == 1 {
				p = (i * 7919) % persons // anywhere
			}
			_, err := svc.EntityProfile(ctx, fmt.Sprintf("Person %d Name", p))
			return err
		})
	})
	b.Run("relations", func(b *testing.B) {
		others := []string{"RU", "US", "CN", "JP", "IN", "FR", "LA", "KH", "SS", "CF"}
		run(b, func(i int) error {
			_, err := svc.Relations(ctx, "VN", others[i%len(others)])
			return err
		})
	})
}
