package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
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

// TestEntityListPagesWithTotal: the list counts every entity of the
// knowledge base and pages through it, one page at a time.
func TestEntityListPagesWithTotal(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	h := s.Handler()
	var all, page struct {
		Entities []entitySummary `json:"entities"`
		Total    int             `json:"total"`
	}
	decode(t, do(t, h, "GET", "/api/v1/entities", ""), &all)
	if all.Total < 2 || len(all.Entities) != all.Total {
		t.Fatalf("all entities: %+v", all)
	}
	for i := range all.Total {
		decode(t, do(t, h, "GET", fmt.Sprintf("/api/v1/entities?limit=1&offset=%d", i), ""), &page)
		if page.Total != all.Total || len(page.Entities) != 1 || page.Entities[0].ID != all.Entities[i].ID {
			t.Errorf("page %d: %+v, want %s of %d", i, page, all.Entities[i].ID, all.Total)
		}
	}
	w := do(t, h, "GET", "/entities?limit=1", "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `rel="next"`) {
		t.Errorf("entities page without a next link: %d", w.Code)
	}
}

// decode reads a JSON answer into v.
func decode(t *testing.T, w *httptest.ResponseRecorder, v any) {
	t.Helper()
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
		t.Fatalf("%v: %s", err, w.Body)
	}
}
