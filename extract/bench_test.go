package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"attache/internal/devgold"
	"attache/internal/fuzzguard"
	"attache/kb"
)

// BenchmarkExtract runs the whole pipeline over the dev articles, cleaned,
// repeated to several MB per run; b.SetBytes makes go test print MB/s.
func BenchmarkExtract(b *testing.B) {
	x := mustExtractor(b)
	arts := devgold.Articles(b)
	var corpus []devgold.Article
	size := 0
	for size < 4<<20 {
		for _, a := range arts {
			corpus = append(corpus, a)
			size += len(a.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range corpus {
			x.Extract(a.Name, a.Text, a.Published)
		}
	}
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() { x.Extract(arts[0].Name, arts[0].Text, arts[0].Published) })), "allocs/article")
}

// BenchmarkEntities is BenchmarkExtract without the event detector (owned
// and measured in extract/events): tokens, sentences, entities and
// quantities only.
func BenchmarkEntities(b *testing.B) {
	x := mustExtractor(b)
	arts := devgold.Articles(b)
	var corpus []devgold.Article
	size := 0
	for size < 4<<20 {
		for _, a := range arts {
			corpus = append(corpus, a)
			size += len(a.Text)
		}
	}
	run := func(a devgold.Article) {
		d := x.newDoc(a.Text)
		d.entities()
		d.quantities()
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range corpus {
			run(a)
		}
	}
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() { run(arts[0]) })), "allocs/article")
}

// BenchmarkNew measures loading the knowledge base and compiling the
// extractor's automata, which a process does once.
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		k, err := kb.Default()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(k); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzExtract: no panic, every offset inside the text and on rune
// boundaries, valid UTF-8 out, with and without a date of publication
// (which turns on the relative dates: "on Thursday", "last year"), valid
// or not.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Minister of National Defence Gen. Phan Văn Giang met Sen. Lieut. Gen. Alexander Fomin in Hà Nội.",
		"the Vietnam People's Navy, Coast Guard, and Air Force",
		"Level-2 Field Hospitals Rotations 1, 2, 3 and 4 (UNMISS) sent 76 individuals",
		"(\u00e2\u0080", "No. ", "A (", "Gen.", "twenty-", "1,",
	} {
		f.Add(s, "")
	}
	f.Add("On Thursday, the last day of his visit, he will tour the port; talks were held last week.", "2025-03-06")
	f.Add("The drill, held since they first met on October 6, ended on Monday.", "2024-12-31T23:59:59Z")
	f.Add("He arrived yesterday.", "2025-02-30")
	k, err := kb.Default()
	if err != nil {
		f.Fatal(err)
	}
	x, err := New(k)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s, published string) {
		// Extract expects valid UTF-8, as cleaning guarantees
		s = strings.ToValidUTF8(s, "\uFFFD")
		defer fuzzguard.Start("Extract", len(s), fuzzguard.Limit)()
		out := x.Extract("fuzz", s, published)
		ok := func(a, b int) bool {
			return 0 <= a && a <= b && b <= len(s) && (a == len(s) || utf8.RuneStart(s[a])) && (b == len(s) || utf8.RuneStart(s[b]))
		}
		for _, sp := range out.Sentences {
			if !ok(sp.Start, sp.End) {
				t.Fatalf("sentence %+v out of text", sp)
			}
		}
		for _, e := range out.Entities {
			if !utf8.ValidString(e.Name) && utf8.ValidString(s) {
				t.Fatalf("invalid name %q", e.Name)
			}
			for _, m := range e.Mentions {
				if !ok(m.Start, m.End) {
					t.Fatalf("mention %+v out of text", m)
				}
				if m.Sentence < 0 || m.Sentence >= len(out.Sentences) {
					t.Fatalf("mention %+v: no sentence %d", m, m.Sentence)
				}
			}
		}
		for _, q := range out.Quantities {
			if !ok(q.Start, q.End) {
				t.Fatalf("quantity %+v out of text", q)
			}
		}
	})
}
