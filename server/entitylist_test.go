package server

import (
	"context"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"attache"
)

// TestEntityListReadsNoArticles: listing entities does not load the newest
// articles whole (20 concurrent requests over large articles reached
// 2.5 GB): with a 4 MB article among them, one request allocates far less
// than that article.
func TestEntityListReadsNoArticles(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	big := strings.Repeat("Delegations met again to review training cooperation. ", 80000) // about 4.3 MB
	a := &attache.Article{ID: "big", Title: "Big", Published: "2025-01-01", Text: big, Original: []byte(big), IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Doc: "big", Entities: []attache.Entity{{ID: "e1", Type: attache.Organization, Name: "Training Command",
			Mentions: []attache.Mention{{Start: 0, End: 11, Text: "Delegations"}}}}}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	do(t, h, "GET", "/api/v1/entities", "") // warm up
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	w := do(t, h, "GET", "/api/v1/entities", "")
	runtime.ReadMemStats(&after)
	if w.Code != 200 || !strings.Contains(w.Body.String(), "Phan Văn Giang") {
		t.Fatalf("list: %d %s", w.Code, w.Body)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 2<<20 {
		t.Errorf("one entity list allocated %d bytes, more than the large article's text", alloc)
	}
}

// TestEntityListSameWithoutShortcut: the list read from the stored entity
// keys is the one built from the articles' extractions.
func TestEntityListSameWithoutShortcut(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	ctx := context.Background()
	for _, typ := range []attache.EntityType{"", attache.Person, attache.Country} {
		for _, q := range []string{"", "giang", "ru"} {
			fast, err := s.listEntities(ctx, q, typ)
			if err != nil {
				t.Fatal(err)
			}
			plain := *s
			plain.store = struct {
				attache.Store
				attache.KnowledgeStore
			}{st, st.(attache.KnowledgeStore)}
			slow, err := plain.listEntities(ctx, q, typ)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Errorf("q %q type %q:\n fast %+v\n slow %+v", q, typ, fast, slow)
			}
		}
	}
}
