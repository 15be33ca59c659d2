package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attache"
	"attache/ingest"
)

// stallExtractor stalls on texts holding "STALL" until its context is done
// (or for a minute, without one), panics on "PANIC", and otherwise returns
// an extraction with one quantity.
type stallExtractor struct{}

func (s stallExtractor) Extract(doc, text, published string) *attache.Extraction {
	x, _ := s.extract(context.Background(), doc, text, published)
	return x
}

func (s stallExtractor) extract(ctx context.Context, doc, text, published string) (*attache.Extraction, error) {
	switch {
	case strings.Contains(text, "STALL"):
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Minute):
		}
	case strings.Contains(text, "PANIC"):
		panic("extractor bug")
	}
	return &attache.Extraction{Doc: doc, Quantities: []attache.Quantity{{Value: 1, Unit: "things"}}}, nil
}

// contextExtractor is stallExtractor that also implements
// ingest.ContextExtractor.
type contextExtractor struct{ stallExtractor }

func (c contextExtractor) ExtractContext(ctx context.Context, doc, text, published string) (*attache.Extraction, error) {
	return c.extract(ctx, doc, text, published)
}

// TestBudget: an article whose extraction stalls or panics is stored with
// its text and without extraction, listed with the reason, and the other
// articles of the run are extracted as usual.
func TestBudget(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a_ok.txt":    "The two ministers met in the capital and agreed on closer ties.",
		"b_stall.txt": "STALL: a text the extractor cannot finish in time, stored anyway.",
		"c_panic.txt": "PANIC: a text the extractor trips over, stored anyway as well.",
		"d_ok.txt":    "The navies of the two countries held a joint patrol at sea.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, ex := range []ingest.Extractor{stallExtractor{}, contextExtractor{}} {
		db := MustOpen(t)
		s := &ingest.Service{Store: db, Extractor: ex, Workers: 2, Budget: 100 * time.Millisecond}
		res := MustIngest(t, s, dir)
		if res.New != 4 || res.Failed != 0 {
			t.Fatalf("%T: new %d, failed %d (%v), want 4 stored", ex, res.New, res.Failed, res.Errors)
		}
		reasons := map[string]error{}
		for _, e := range res.NotExtracted {
			reasons[filepath.Base(e.Path)] = e.Err
		}
		if len(reasons) != 2 || !errors.Is(reasons["b_stall.txt"], ingest.ErrBudget) || reasons["c_panic.txt"] == nil || !strings.Contains(reasons["c_panic.txt"].Error(), "extractor bug") {
			t.Errorf("%T: not extracted %v, want b_stall over the budget and c_panic failed", ex, res.NotExtracted)
		}
		for _, prefix := range []string{"a_", "b_", "c_", "d_"} {
			a, err := db.Article(context.Background(), byPrefix(t, res, prefix).ID)
			if err != nil {
				t.Fatalf("%T: %s: %v", ex, prefix, err)
			}
			want := prefix == "a_" || prefix == "d_"
			if got := a.Extraction != nil; got != want {
				t.Errorf("%T: %s stored with extraction = %v, want %v", ex, prefix, got, want)
			}
			if a.Text == "" {
				t.Errorf("%T: %s stored without its text", ex, prefix)
			}
		}
	}
}

// TestExtractWithinCancelled: a cancelled run is reported as such, not as
// an article over its budget.
func TestExtractWithinCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ingest.ExtractWithin(ctx, contextExtractor{}, time.Minute, "doc", "STALL", "")
	if !errors.Is(err, context.Canceled) || errors.Is(err, ingest.ErrBudget) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// deadlineExtractor records how much of its context's time was left when
// it started.
type deadlineExtractor struct{ left chan time.Duration }

func (d deadlineExtractor) Extract(doc, text, published string) *attache.Extraction {
	return &attache.Extraction{Doc: doc}
}

func (d deadlineExtractor) ExtractContext(ctx context.Context, doc, text, published string) (*attache.Extraction, error) {
	if dl, ok := ctx.Deadline(); ok {
		d.left <- time.Until(dl)
	}
	return d.Extract(doc, text, published), nil
}

// TestBudgetCoversCleaning: the budget bounds the whole work on one
// article, not its extraction alone: the time spent cleaning and
// fingerprinting a long article comes off what extraction gets.
func TestBudgetCoversCleaning(t *testing.T) {
	dir := t.TempDir()
	// 4 MB of text: cleaning and fingerprinting it take well over 5 ms
	text := strings.Repeat("The ministers met in the capital (Photo: VNA) and agreed on closer ties.\n", 55_000)
	if err := os.WriteFile(filepath.Join(dir, "long.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	const budget = time.Minute
	ex := deadlineExtractor{left: make(chan time.Duration, 1)}
	s := &ingest.Service{Store: MustOpen(t), Extractor: ex, Workers: 1, Budget: budget}
	if res := MustIngest(t, s, dir); res.New != 1 {
		t.Fatalf("new %d, errors %v", res.New, res.Errors)
	}
	if left := <-ex.left; left > budget-5*time.Millisecond {
		t.Errorf("extraction started with %v of the %v budget left: cleaning was not counted", left, budget)
	}
}
