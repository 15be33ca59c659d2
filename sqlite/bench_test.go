package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"attache"
)

// benchWords gives generated articles a realistic spread of vocabulary.
var benchWords = strings.Fields(`defence minister delegation cooperation dialogue strategic partnership
	peacekeeping mission rotation hospital engineering unit training exercise navy army air force
	agreement memorandum signing ceremony anniversary visit reception talks security maritime border
	Hanoi Moscow Jakarta Canberra Tokyo Manila Bangkok Vientiane Phnom Penh general colonel admiral`)

// benchArticle returns an article of about 3 KB with an extraction of 20
// entities (3 mentions each), 6 events, 4 quantities and 25 sentences.
func benchArticle(r *rand.Rand, n int) *attache.Article {
	var b strings.Builder
	for b.Len() < 3000 {
		b.WriteString(benchWords[r.IntN(len(benchWords))])
		if r.IntN(12) == 0 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	x := &attache.Extraction{Doc: fmt.Sprint(n)}
	for i := range 25 {
		x.Sentences = append(x.Sentences, attache.Span{Start: i * 120, End: i*120 + 119})
	}
	for i := range 20 {
		e := attache.Entity{ID: fmt.Sprintf("e%d", i+1), Type: attache.Person, Name: fmt.Sprintf("Person %d Nguyen", i),
			Aliases: []string{fmt.Sprintf("Nguyen %d", i)}, Rank: "Colonel", Titles: []string{"Deputy Minister"}, Country: "VN"}
		for j := range 3 {
			e.Mentions = append(e.Mentions, attache.Mention{Start: j * 100, End: j*100 + 10, Text: "Nguyen", Sentence: j})
		}
		x.Entities = append(x.Entities, e)
	}
	for i := range 6 {
		x.Events = append(x.Events, attache.Event{Type: "meeting", Date: "2025-01-02", Place: "Hanoi",
			Participants: []string{"Person 1 Nguyen", "RU"}, Salience: "main", Cameo: "043", Plover: "CONSULT",
			Evidence: text[:100], Start: 0, End: 100, Confidence: 0.9, Personnel: i})
	}
	for i := range 4 {
		x.Quantities = append(x.Quantities, attache.Quantity{Value: i + 10, Unit: "officers", Start: i, End: i + 5})
	}
	return &attache.Article{ID: fmt.Sprintf("bench-%08d", n), Title: text[:60], Text: text, Original: []byte(text),
		Published: "2025-01-02", Source: "VNA", Format: "text", SimHash: r.Uint64(), Extraction: x}
}

// BenchmarkPutArticle reports stored articles per second, each in its own
// transaction with its extraction, from one goroutine and from several.
func BenchmarkPutArticle(b *testing.B) {
	for _, workers := range []int{1, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			db := mustOpen(b, filepath.Join(b.TempDir(), "bench.db"))
			defer db.Close()
			r := rand.New(rand.NewPCG(1, 2))
			arts := make([]*attache.Article, b.N)
			for i := range arts {
				arts[i] = benchArticle(r, i)
			}
			next := make(chan *attache.Article)
			done := make(chan error, workers)
			b.SetBytes(3000)
			b.ResetTimer()
			for range workers {
				go func() {
					var err error
					for a := range next {
						if e := db.PutArticle(context.Background(), a); e != nil && err == nil {
							err = e
						}
					}
					done <- err
				}()
			}
			for _, a := range arts {
				next <- a
			}
			close(next)
			for range workers {
				if err := <-done; err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
