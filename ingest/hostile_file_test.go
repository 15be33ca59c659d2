package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attache"
	"attache/extract"
	"attache/ingest"
	"attache/kb"
)

// TestHostileTenMiB: a file of the largest size accepted by default
// (10 MiB), one phrase repeated with no sentence end, ingested with the
// real extractor in one run with ordinary articles. Its extraction needs
// about a second of CPU (0.98 s on the shared 2-core machine in November
// 2026), so a budget of 250 ms forces the path a slow machine would take
// with the default budget, while the ordinary articles, a few milliseconds
// of work each, keep a wide margin on a loaded machine (at 50 ms one of
// them once ran over at load 20, sharing the process with the hostile
// file's collector work): the file is
// stored with its whole text, marked as not extracted with the reason, and
// the other articles of the run are extracted exactly as on their own.
func TestHostileTenMiB(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New(k)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	phrase := "the Ministry of National Defence of "
	hostile := strings.Repeat(phrase, ingest.DefaultMaxSize/len(phrase))
	files := map[string]string{
		"a_talks.txt":    "Defence Minister Phan Van Giang met Japanese Defense Minister Minoru Kihara in Hanoi on May 5, 2025.",
		"b_hostile.txt":  hostile,
		"c_exercise.txt": "The navies of Indonesia and Australia held a joint exercise in the Arafura Sea in June 2024.",
		"d_mou.txt":      "Vietnam and India signed a memorandum of understanding on mutual logistics support in New Delhi.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := MustOpen(t)
	s := &ingest.Service{Store: db, Extractor: ex, Workers: 2, Budget: 250 * time.Millisecond}
	res := MustIngest(t, s, dir)
	if res.New != 4 || res.Failed != 0 {
		t.Fatalf("new %d, failed %d (%v): want all 4 stored", res.New, res.Failed, res.Errors)
	}
	if len(res.NotExtracted) != 1 || filepath.Base(res.NotExtracted[0].Path) != "b_hostile.txt" || !errors.Is(res.NotExtracted[0].Err, ingest.ErrBudget) {
		t.Fatalf("not extracted %v, want b_hostile.txt over the budget only", res.NotExtracted)
	}
	ctx := context.Background()
	for name, text := range files {
		a, err := db.Article(ctx, byPrefix(t, res, name[:2]).ID)
		if err != nil {
			t.Fatal(err)
		}
		if name == "b_hostile.txt" {
			if a.Extraction != nil || !strings.Contains(a.NotExtracted, "time budget") || len(a.Text) < len(text)-len(phrase) {
				t.Errorf("hostile file stored with extraction %v, reason %q, %d bytes of text: want no extraction, the reason, the whole text",
					a.Extraction != nil, a.NotExtracted, len(a.Text))
			}
			continue
		}
		alone := ex.Extract(filepath.Base(a.Path), a.Text, a.Published)
		if a.Extraction == nil || a.NotExtracted != "" {
			t.Errorf("%s: extraction %v, reason %q: want extracted", name, a.Extraction != nil, a.NotExtracted)
			continue
		}
		if got, want := summary(a.Extraction), summary(alone); got != want {
			t.Errorf("%s: stored extraction %s, extracted alone %s", name, got, want)
		}
	}
}

// summary lists an extraction's entities and events in one line.
func summary(x *attache.Extraction) string {
	var b strings.Builder
	for _, e := range x.Entities {
		fmt.Fprintf(&b, "%s:%s(%d) ", e.Type, e.Name, len(e.Mentions))
	}
	for _, e := range x.Events {
		fmt.Fprintf(&b, "%s/%s/%s/%v ", e.Type, e.Date, e.Place, e.Participants)
	}
	return strings.TrimSpace(b.String())
}
