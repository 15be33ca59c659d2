package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"attache"
)

// TestPendingResolution checks the durable mark: an extracted article is
// pending from the transaction that stores it until the knowledge write
// that resolves it; near-duplicates and articles without extraction never
// are.
func TestPendingResolution(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	put := func(id, dup string, x *attache.Extraction) {
		t.Helper()
		a := &attache.Article{ID: id, Text: "Text of " + id + ".", DuplicateOf: dup, Extraction: x}
		if err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	pending := func(want ...string) {
		t.Helper()
		got, err := db.PendingArticles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 0 || len(want) != 0 {
			if !reflect.DeepEqual(got, want) {
				t.Errorf("pending %v, want %v", got, want)
			}
		}
	}
	put("b2", "", &attache.Extraction{})
	put("a1", "", &attache.Extraction{})
	put("c3", "a1", &attache.Extraction{})
	put("d4", "", nil)
	pending("b2", "a1") // in the order stored

	if err := db.PutKnowledge(ctx, &attache.Knowledge{Resolved: []string{"b2"}}); err != nil {
		t.Fatal(err)
	}
	pending("a1")
	// A failed write keeps the mark.
	bad := &attache.Knowledge{Entities: []attache.KBEntity{{ID: ""}}, Resolved: []string{"a1"}}
	if err := db.PutKnowledge(ctx, bad); attache.ErrorCode(err) != attache.EINVALID {
		t.Fatalf("bad knowledge: %v", err)
	}
	pending("a1")
	if err := db.ReplaceKnowledge(ctx, &attache.Knowledge{Resolved: []string{"a1", "b2"}}); err != nil {
		t.Fatal(err)
	}
	pending()
}
