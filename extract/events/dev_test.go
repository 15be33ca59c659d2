package events_test

import (
	"testing"

	"attache"
	"attache/extract"
	"attache/extract/events"
	"attache/extract/text"
	"attache/internal/devgold"
	"attache/internal/scaling"
	"attache/kb"
	"attache/score"
)

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
	sum := devgold.Score(t, k, x.Extract, func(a devgold.Article, r *score.Result) {
		for _, it := range append(r.Misses, r.FalsePositives...) {
			if it.Kind == "event" {
				t.Logf("%s: %s | %s", a.Name, it.Text, it.Evidence)
			}
		}
	})
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
	arts := devgold.Articles(b)
	var n int64
	var xs []*attache.Extraction
	var toks [][]text.Token
	for _, a := range arts {
		e := x.Extract(a.Name, a.Text, a.Published)
		e.Events = nil
		xs = append(xs, e)
		toks = append(toks, text.Tokenize(a.Text))
		n += int64(len(a.Text))
	}
	b.SetBytes(n)
	for b.Loop() {
		for i, a := range arts {
			xs[i].Events = xs[i].Events[:0]
			d.DetectTokens(a.Text, a.Published, xs[i], toks[i])
		}
	}
}

// BenchmarkExtractWithEvents measures the whole extraction, events
// included, in MB/s per core (target ≥ 8 MB/s; cpu-MB/s is the same by CPU time).
func BenchmarkExtractWithEvents(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New(k)
	if err != nil {
		b.Fatal(err)
	}
	arts := devgold.Articles(b)
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	b.SetBytes(n)
	t0 := scaling.CPUTime()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a.Name, a.Text, a.Published)
		}
	}
	// MB/s by CPU time: what a core does, whatever else the machine runs
	if cpu := scaling.CPUTime() - t0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}
