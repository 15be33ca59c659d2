package events_test

import (
	"attache/internal/devcorpus"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/clean"
	"attache/extract"
	"attache/extract/events"
	"attache/extract/text"
	"attache/kb"
	"attache/score"
)

type article struct {
	name, text, published string
	gold                  *score.Doc
}

// devArticles reads the dev articles, cleaned as ingest cleans them, with
// their publication dates and gold records.
func devArticles(t testing.TB) []article {
	t.Helper()
	dir := devcorpus.Dir(t)
	published := map[string]string{}
	b, err := os.ReadFile(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Split(line, "\t"); len(f) >= 2 {
			published[f[0]] = f[1]
		}
	}
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	var out []article
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json") + ".txt"
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		gold, err := score.ReadGold(g)
		if err != nil {
			t.Fatal(err)
		}
		txt, pub := string(raw), published[name]
		if date, rest, _, ok := clean.DateHeader(txt); ok {
			txt = rest
			if pub == "" {
				pub = date
			}
		}
		txt, _ = clean.Clean(txt)
		out = append(out, article{name: name, text: txt, published: pub, gold: gold})
	}
	if len(out) == 0 {
		t.Fatal("no gold files in the dev corpus")
	}
	return out
}

// TestDevEvents runs the whole extraction on the dev articles and scores
// the events against the gold records (targets: F1 ≥ 0.85, main-event
// recall 1.0).
func TestDevEvents(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(k)
	if err != nil {
		t.Fatal(err)
	}
	var rs []*score.Result
	for _, a := range devArticles(t) {
		got := x.Extract(a.name, a.text, a.published)
		r := score.Compare(score.FromExtraction(got), a.gold, score.Options{Canon: score.Canonicalizer(k)})
		for _, it := range append(r.Misses, r.FalsePositives...) {
			if it.Kind == "event" {
				t.Logf("%s: %s | %s", a.name, it.Text, it.Evidence)
			}
		}
		rs = append(rs, r)
	}
	sum := score.Sum("dev", rs)
	t.Logf("events P=%.3f R=%.3f F1=%.3f main-R=%.2f participants F1=%.3f place %.2f",
		sum.Events.P(), sum.Events.R(), sum.Events.F1(), sum.MainEvents.Value(), sum.Participants.F1(), sum.Place.Value())
	if f := sum.Events.F1(); f < 0.85 {
		t.Errorf("event F1 = %.3f, want ≥ 0.85", f)
	}
	if m := sum.MainEvents.Value(); m < 1 {
		t.Errorf("main-event recall = %.2f, want 1.0", m)
	}
}

// BenchmarkDetect measures event detection alone (entities and tokens
// made beforehand, as the pipeline hands them over) over the dev
// articles, in MB/s.
func BenchmarkDetect(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New(k)
	if err != nil {
		b.Fatal(err)
	}
	d, err := events.New(k)
	if err != nil {
		b.Fatal(err)
	}
	arts := devArticles(b)
	var n int64
	var xs []*attache.Extraction
	var toks [][]text.Token
	for _, a := range arts {
		e := x.Extract(a.name, a.text, a.published)
		e.Events = nil
		xs = append(xs, e)
		toks = append(toks, text.Tokenize(a.text))
		n += int64(len(a.text))
	}
	b.SetBytes(n)
	for b.Loop() {
		for i, a := range arts {
			xs[i].Events = xs[i].Events[:0]
			d.DetectTokens(a.text, a.published, xs[i], toks[i])
		}
	}
}

// BenchmarkExtractWithEvents measures the whole extraction, events
// included, in MB/s per core (target ≥ 3 MB/s).
func BenchmarkExtractWithEvents(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New(k)
	if err != nil {
		b.Fatal(err)
	}
	arts := devArticles(b)
	var n int64
	for _, a := range arts {
		n += int64(len(a.text))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a.name, a.text, a.published)
		}
	}
}
