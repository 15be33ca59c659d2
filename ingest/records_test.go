package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/extract"
	"attache/ingest"
	"attache/kb"
)

// manyExtractor finds one mention per byte in texts holding "MANY", more
// records than ingest.MaxRecords for a text of that size, and one mention
// otherwise.
type manyExtractor struct{}

func (manyExtractor) Extract(doc, text, published string) *attache.Extraction {
	n := 1
	if strings.Contains(text, "MANY") {
		n = len(text)
	}
	e := attache.Entity{ID: "e1", Type: attache.Organization, Name: "Ministry"}
	for i := range n {
		e.Mentions = append(e.Mentions, attache.Mention{Start: i, End: i + 1, Text: text[i : i+1]})
	}
	return &attache.Extraction{Doc: doc, Entities: []attache.Entity{e}}
}

// TestTooManyRecords: an extraction holding more records than any report
// could is not stored; its article is stored with its text, marked as not
// extracted with the reason and listed in the run summary, and the other
// articles of the run are extracted as usual.
func TestTooManyRecords(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a_ok.txt":   "The two ministers met in the capital and agreed on closer ties.",
		"b_many.txt": "MANY " + strings.Repeat("x", ingest.MaxRecords),
		"c_ok.txt":   "The navies of the two countries held a joint patrol at sea.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := MustOpen(t)
	res := MustIngest(t, &ingest.Service{Store: db, Extractor: manyExtractor{}, Workers: 2}, dir)
	if res.New != 3 || res.Failed != 0 {
		t.Fatalf("new %d, failed %d (%v), want 3 stored", res.New, res.Failed, res.Errors)
	}
	if len(res.NotExtracted) != 1 || filepath.Base(res.NotExtracted[0].Path) != "b_many.txt" || !errors.Is(res.NotExtracted[0].Err, ingest.ErrTooManyRecords) {
		t.Fatalf("not extracted %v, want b_many.txt with too many records only", res.NotExtracted)
	}
	for _, prefix := range []string{"a_", "b_", "c_"} {
		a, err := db.Article(context.Background(), byPrefix(t, res, prefix).ID)
		if err != nil {
			t.Fatal(err)
		}
		if prefix == "b_" {
			if a.Extraction != nil || !strings.Contains(a.NotExtracted, "records") || a.Text == "" {
				t.Errorf("b_many stored with extraction %v, reason %q, %d bytes of text: want none, the reason, the text",
					a.Extraction != nil, a.NotExtracted, len(a.Text))
			}
			continue
		}
		if a.Extraction == nil || records(a.Extraction) != 1 {
			t.Errorf("%s stored without its extraction (reason %q)", prefix, a.NotExtracted)
		}
	}
}

// TestHostileTenMiBBounded: a 10 MiB file of one phrase repeated, among
// ordinary articles, with the default budget. Whether this machine
// extracts it within the budget or not, the run stores it either with an
// extraction no larger than ingest.MaxRecords or without one and with the
// reason, and stores the other articles as extracted alone.
func TestHostileTenMiBBounded(t *testing.T) {
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
	files := map[string]string{
		"a_talks.txt":    "Defence Minister Phan Van Giang met Japanese Defense Minister Minoru Kihara in Hanoi on May 5, 2025.",
		"b_hostile.txt":  strings.Repeat(phrase, ingest.DefaultMaxSize/len(phrase)),
		"c_exercise.txt": "The navies of Indonesia and Australia held a joint exercise in the Arafura Sea in June 2024.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := MustOpen(t)
	res := MustIngest(t, &ingest.Service{Store: db, Extractor: ex, Workers: 2}, dir)
	if res.New != 3 || res.Failed != 0 {
		t.Fatalf("new %d, failed %d (%v): want all 3 stored", res.New, res.Failed, res.Errors)
	}
	ctx := context.Background()
	for name := range files {
		a, err := db.Article(ctx, byPrefix(t, res, name[:2]).ID)
		if err != nil {
			t.Fatal(err)
		}
		if name != "b_hostile.txt" {
			alone := ex.Extract(filepath.Base(a.Path), a.Text, a.Published)
			if a.Extraction == nil || summary(a.Extraction) != summary(alone) {
				t.Errorf("%s: stored extraction %v (reason %q), want it as extracted alone", name, a.Extraction != nil, a.NotExtracted)
			}
			continue
		}
		switch {
		case a.Extraction != nil && records(a.Extraction) > ingest.MaxRecords:
			t.Errorf("hostile file stored with %d records, more than %d", records(a.Extraction), ingest.MaxRecords)
		case a.Extraction == nil && (a.NotExtracted == "" || len(res.NotExtracted) != 1):
			t.Errorf("hostile file stored without extraction, reason %q, listed %v: want the reason, listed", a.NotExtracted, res.NotExtracted)
		}
	}
}

// records counts the rows an extraction stores one by one: sentences,
// entity mentions, quantities and events.
func records(x *attache.Extraction) int {
	n := len(x.Sentences) + len(x.Quantities) + len(x.Events)
	for _, e := range x.Entities {
		n += len(e.Mentions)
	}
	return n
}
