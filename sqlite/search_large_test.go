package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attache"
	"attache/sqlite"
)

// largeText is about n bytes of generated prose in which "minister"
// occurs in every sentence, ending with a word found nowhere else.
func largeText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "The minister of defence met delegation %d to discuss training and maritime cooperation. ", i)
		if i%8 == 7 {
			b.WriteString("\n")
		}
	}
	b.WriteString("At the very end the corvette sailed.")
	return b.String()
}

// storeLarge opens a base with a few ordinary articles and one of about
// size bytes.
func storeLarge(t testing.TB, size int) *sqlite.DB {
	t.Helper()
	db := mustOpen(t, filepath.Join(t.TempDir(), "large.db"))
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	for i, text := range []string{
		"The Minister of Defence received the ambassador in Hanoi on Monday.",
		"Engineers of the rotation returned from the mission after a year.",
		"The deputy minister signed a memorandum on naval training.",
	} {
		a := &attache.Article{ID: fmt.Sprintf("small-%d", i), Title: fmt.Sprintf("Small %d", i), Text: text, Published: "2025-01-0" + fmt.Sprint(i+1)}
		if err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	big := largeText(size)
	if err := db.PutArticle(ctx, &attache.Article{ID: "large", Title: "Large", Text: big, Published: "2025-02-01"}); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestSearchLargeArticle: one 10 MB article in the base does not stop a
// search for a common word from answering within the request deadline,
// and its snippet is a short excerpt with the match marked.
func TestSearchLargeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("stores a 10 MB article")
	}
	db := storeLarge(t, 10<<20)
	// The server's deadline is 30 s; this one is generous for a slow
	// machine, and what took a minute before.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	hits, err := db.Search(ctx, attache.SearchQuery{Query: "minister"})
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	if len(hits) != 3 {
		t.Fatalf("%d hits, want 3 (two small, the large one)", len(hits))
	}
	for _, h := range hits {
		if len(h.Snippet) > 1000 || !strings.Contains(strings.ToLower(h.Snippet), attache.Mark+"minister"+attache.EndMark) {
			t.Errorf("%s: snippet %d bytes %q", h.ID, len(h.Snippet), h.Snippet)
		}
	}
	// A word only at the very end of the large text still finds it; its
	// snippet falls back to the text's start when the match lies beyond
	// the bounded window.
	hits, err = db.Search(ctx, attache.SearchQuery{Query: "corvette"})
	if err != nil || len(hits) != 1 || hits[0].ID != "large" || len(hits[0].Snippet) > 1000 || hits[0].Snippet == "" {
		t.Fatalf("corvette: %v %+v", err, hits)
	}
}

// BenchmarkSearchLargeArticle times a search for a common word with one
// article of the given size in the base.
func BenchmarkSearchLargeArticle(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		b.Run(fmt.Sprintf("article=%dMB", size>>20), func(b *testing.B) {
			db := storeLarge(b, size)
			ctx := context.Background()
			b.ResetTimer()
			for range b.N {
				if _, err := db.Search(ctx, attache.SearchQuery{Query: "minister"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
