package ingest_test

import (
	"attache/internal/devcorpus"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/ingest"
	"attache/sqlite"
)

// MustOpen opens a fresh SQLite store in a temp dir.
func MustOpen(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "attache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// MustIngest runs an ingest that must not fail as a whole.
func MustIngest(t testing.TB, s *ingest.Service, paths ...string) *ingest.Result {
	t.Helper()
	res, err := s.Ingest(context.Background(), paths)
	if err != nil {
		t.Fatalf("Ingest(%v): %v", paths, err)
	}
	return res
}

func byPrefix(t *testing.T, res *ingest.Result, prefix string) ingest.Outcome {
	t.Helper()
	for _, o := range res.Outcomes {
		if strings.HasPrefix(filepath.Base(o.Path), prefix) {
			return o
		}
	}
	t.Fatalf("no outcome for %s in %+v", prefix, res.Outcomes)
	return ingest.Outcome{}
}

func TestIngestDevTwice(t *testing.T) {
	dev := devcorpus.Dir(t)
	db := MustOpen(t)
	s := &ingest.Service{Store: db, Workers: 2}
	res := MustIngest(t, s, dev)
	if res.New != 5 || res.Duplicate != 0 || res.NearDuplicate != 0 || res.Failed != 0 {
		t.Fatalf("first run: %+v, errors %v", res, res.Errors)
	}
	if res.Skipped != 6 { // 5 gold files and the manifest
		t.Errorf("skipped %d files, want 6", res.Skipped)
	}
	want := []struct{ prefix, published, source, title string }{
		{"000_", "2024-12-27", "VNA", "Defence ministry reviews 2024 integration efforts, sets 2025 agenda"},
		{"001_", "", "", ""},
		{"002_", "2024-12-26", "VNA", ""},
		{"003_", "", "VNA", "Engagement in UN peacekeeping missions – prominent point in Vietnam’s multilateral diplomacy"},
		{"004_", "2025-12-10", "VNA/VNS", ""},
	}
	for _, w := range want {
		o := byPrefix(t, res, w.prefix)
		a, err := db.Article(context.Background(), o.ID)
		if err != nil {
			t.Fatalf("%s: %v", w.prefix, err)
		}
		if w.title == "" { // untitled: its first sentence, whatever the report says
			w.title = attache.TitleFromText(a.Text, nil)
		}
		if a.Published != w.published || a.Source != w.source || a.Title != w.title || a.Title == "" {
			t.Errorf("%s: published %q source %q title %q; want %q %q %q", w.prefix, a.Published, a.Source, a.Title, w.published, w.source, w.title)
		}
		if a.ID != attache.ArticleID(a.Text) || a.Format != "text" || len(a.Original) == 0 {
			t.Errorf("%s: id %s, format %s, %d original bytes", w.prefix, a.ID, a.Format, len(a.Original))
		}
		if strings.Contains(a.Text, "(Photo: VNA)") || strings.HasPrefix(a.Text, "date ") || strings.HasPrefix(strings.TrimSpace(a.Text), "date ") {
			t.Errorf("%s: debris left in text: %.200q", w.prefix, a.Text)
		}
	}
	a4, _ := db.Article(context.Background(), byPrefix(t, res, "004_").ID)
	if len(a4.Removed) == 0 || a4.Removed[0].Kind != "date-header" || !strings.HasPrefix(string(a4.Original), " date 2025-12-10") {
		t.Errorf("004: removals %+v, original starts %.30q", a4.Removed, a4.Original)
	}

	res = MustIngest(t, s, dev)
	if res.New != 0 || res.Duplicate != 5 || res.Failed != 0 {
		t.Fatalf("second run: %+v", res)
	}
	if _, n, err := db.FindArticles(context.Background(), attache.ArticleFilter{}); err != nil || n != 5 {
		t.Fatalf("stored %d articles (%v), want 5", n, err)
	}
}

// TestNearDuplicate re-publishes dev 002 with a few words changed: it is
// linked to the first copy, stored, and not counted as new.
func TestNearDuplicate(t *testing.T) {
	dev := devcorpus.Dir(t)
	db := MustOpen(t)
	s := &ingest.Service{Store: db}
	first := MustIngest(t, s, dev)
	orig := byPrefix(t, first, "002_")

	files, _ := filepath.Glob(filepath.Join(dev, "002_*.txt"))
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.NewReplacer("hosted a reception", "received", "straightforward", "frank",
		"substantial support", "great support", "80 military personnel", "75 military personnel").Replace(string(raw))
	if edited == string(raw) {
		t.Fatal("edit changed nothing")
	}
	copyPath := filepath.Join(t.TempDir(), "republished.txt")
	if err := os.WriteFile(copyPath, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	res := MustIngest(t, s, copyPath)
	if res.New != 0 || res.NearDuplicate != 1 {
		t.Fatalf("near-duplicate run: %+v", res)
	}
	o := res.Outcomes[0]
	if o.DuplicateOf != orig.ID || o.ID == orig.ID {
		t.Fatalf("outcome %+v, want duplicate of %s", o, orig.ID)
	}
	a, err := db.Article(context.Background(), o.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.DuplicateOf != orig.ID {
		t.Errorf("stored DuplicateOf %q, want %q", a.DuplicateOf, orig.ID)
	}
	// Again: the near-duplicate itself is now an exact duplicate.
	if res := MustIngest(t, s, copyPath); res.Duplicate != 1 || res.NearDuplicate != 0 {
		t.Errorf("re-run of the copy: %+v", res)
	}
}

// fakeExtractor records that extraction ran on the clean text.
type fakeExtractor struct{}

func (fakeExtractor) Extract(doc, text, published string) *attache.Extraction {
	return &attache.Extraction{Doc: doc, Published: published, Sentences: []attache.Span{{Start: 0, End: len(text)}}}
}

func TestExtractionStored(t *testing.T) {
	db := MustOpen(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("date 2025-03-04\nThe navies of Chile and Peru held a joint drill off Arica on Monday."), 0o644)
	res := MustIngest(t, &ingest.Service{Store: db, Extractor: fakeExtractor{}}, p)
	if res.New != 1 {
		t.Fatalf("%+v %v", res, res.Errors)
	}
	a, err := db.Article(context.Background(), res.Outcomes[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Extraction == nil || a.Extraction.Doc != "a.txt" || a.Extraction.Published != "2025-03-04" {
		t.Fatalf("extraction %+v", a.Extraction)
	}
}
