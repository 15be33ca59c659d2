package server

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"attache"
)

// TestSearchSaysItRankedTheLatest: when the words match more articles
// than the store ranks, the page and the API say that the hits are the
// best of the latest ones; with fewer matches they say nothing.
func TestSearchSaysItRankedTheLatest(t *testing.T) {
	s, st := newTestServer(t, "")
	rb, ok := st.(interface{ SetSearchRanked(int) })
	if !ok {
		t.Fatalf("%T cannot lower its bound on ranked matches", st)
	}
	rb.SetSearchRanked(10)
	for i := range 60 {
		text := fmt.Sprintf("A corvette of the navy called at port %d.", i)
		if i%20 == 0 {
			text += " A frigate escorted it."
		}
		a := &attache.Article{ID: fmt.Sprintf("port-%02d", i), Title: fmt.Sprintf("Port call %d", i), Text: text, Format: "text"}
		if err := st.PutArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	h := s.Handler()
	for _, c := range []struct {
		target    string
		want, not []string
	}{
		// The page ranks the top 50 for its facets: at least 50 of them.
		{"/?q=corvette", []string{`id="ranked-latest"`, "the latest 50 stored"}, nil},
		{"/?q=frigate", nil, []string{`id="ranked-latest"`}},
		{"/api/v1/search?q=corvette&limit=5", []string{`"latest": 10`}, nil},
		{"/api/v1/search?q=frigate", nil, []string{`"latest"`}},
	} {
		w := do(t, h, "GET", c.target, "")
		body := w.Body.String()
		if w.Code != 200 {
			t.Errorf("%s: %d\n%.400s", c.target, w.Code, body)
			continue
		}
		for _, want := range c.want {
			if !strings.Contains(body, want) {
				t.Errorf("%s lacks %s", c.target, want)
			}
		}
		for _, not := range c.not {
			if strings.Contains(body, not) {
				t.Errorf("%s shows %s", c.target, not)
			}
		}
	}
}
