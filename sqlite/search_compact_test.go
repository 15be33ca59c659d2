package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"attache"
)

// TestCompactSearchMergesAfterALargeRun: articles stored in many
// transactions leave the search index in several segments; a run that
// stored a tenth of the base or more merges them into one, and searches
// answer as before. A run that stored less leaves the index alone.
func TestCompactSearchMergesAfterALargeRun(t *testing.T) {
	ctx := context.Background()
	db := openKB(t)
	for i := range 40 {
		a := &attache.Article{ID: fmt.Sprintf("c%02d", i), Title: fmt.Sprintf("Report %d", i),
			Text: fmt.Sprintf("The navy of country %d held talks on defence cooperation.", i), Published: "2024-01-02"}
		if err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	before, err := db.searchSegments(ctx)
	if err != nil || before < 2 {
		t.Fatalf("segments after 40 transactions: %d, %v; want several", before, err)
	}
	q := attache.SearchQuery{Query: "defence navy", Limit: 50}
	want, err := db.Search(ctx, q)
	if err != nil || len(want) != 40 {
		t.Fatalf("search before: %d hits, %v", len(want), err)
	}
	if err := db.CompactSearch(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if n, err := db.searchSegments(ctx); err != nil || n != before {
		t.Errorf("a run of 3 of 40 articles: %d segments, %v; want %d left alone", n, err, before)
	}
	if err := db.CompactSearch(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if n, err := db.searchSegments(ctx); err != nil || n != 1 {
		t.Errorf("a run of 4 of 40 articles: %d segments, %v; want 1", n, err)
	}
	got, err := db.Search(ctx, q)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("search after compacting:\n%+v, %v\nwant %+v", got, err, want)
	}
}
