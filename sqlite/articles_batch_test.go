package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"attache"
)

// TestPutArticlesRollsBackOnlyTheFailure stores a batch holding an article
// already stored and an invalid one: those two fail, the others are
// stored, searchable and pending resolution.
func TestPutArticlesRollsBackOnlyTheFailure(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, filepath.Join(t.TempDir(), "a.db"))
	art := func(id, text string) *attache.Article {
		return &attache.Article{ID: id, Text: text, Published: "2025-01-02",
			Extraction: &attache.Extraction{Doc: id, Entities: []attache.Entity{{ID: "e1", Type: attache.Person, Name: "Tran Minh"}}}}
	}
	if err := db.PutArticle(ctx, art("old", "an earlier report")); err != nil {
		t.Fatal(err)
	}
	errs := db.PutArticles(ctx, []*attache.Article{
		art("a1", "the first new report"), art("old", "an earlier report"), {ID: "bad"}, art("a2", "the second new report about Tran Minh"),
	})
	if errs[0] != nil || errs[3] != nil {
		t.Fatalf("good articles failed: %v", errs)
	}
	if attache.ErrorCode(errs[1]) != attache.ECONFLICT || attache.ErrorCode(errs[2]) != attache.EINVALID {
		t.Errorf("errors %v, want ECONFLICT then EINVALID", errs[1:3])
	}
	for _, id := range []string{"a1", "a2"} {
		if a, err := db.Article(ctx, id); err != nil || a.Extraction == nil || len(a.Extraction.Entities) != 1 {
			t.Errorf("%s: %v %+v", id, err, a)
		}
	}
	hits, err := db.Search(ctx, attache.SearchQuery{Query: "second"})
	if err != nil || len(hits) != 1 {
		t.Errorf("search finds %d articles (%v), want the one stored in the batch", len(hits), err)
	}
	pending, err := db.PendingArticles(ctx)
	if err != nil || len(pending) != 3 {
		t.Errorf("pending %v (%v), want old, a1, a2", pending, err)
	}
}
