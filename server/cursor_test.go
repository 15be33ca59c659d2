package server

import (
	"net/url"
	"testing"
)

// TestListsPageByCursor follows the API's next cursors through every
// entity and event in both orders, and refuses malformed paging.
func TestListsPageByCursor(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	h := s.Handler()
	for _, path := range []string{"/api/v1/entities?limit=1", "/api/v1/entities?limit=1&sort=name", "/api/v1/events?limit=1", "/api/v1/events?limit=1&sort=recent"} {
		var page struct {
			Entities []struct{ ID string } `json:"entities"`
			Events   []struct{ ID string } `json:"events"`
			Total    int                   `json:"total"`
			Next     string                `json:"next"`
			Prev     string                `json:"prev"`
		}
		seen := map[string]bool{}
		target := path
		for n := 0; n < 100; n++ {
			page.Next, page.Prev, page.Entities, page.Events = "", "", nil, nil
			decode(t, do(t, h, "GET", target, ""), &page)
			for _, r := range append(page.Entities, page.Events...) {
				if seen[r.ID] {
					t.Errorf("%s: %s twice", path, r.ID)
				}
				seen[r.ID] = true
			}
			if n > 0 && page.Prev == "" {
				t.Errorf("%s: page %d has no previous cursor", path, n+1)
			}
			if page.Next == "" {
				break
			}
			target = path + "&after=" + url.QueryEscape(page.Next)
		}
		if page.Total < 2 || len(seen) != page.Total {
			t.Errorf("%s: paged through %d of %d", path, len(seen), page.Total)
		}
	}
	for _, bad := range []string{"/api/v1/entities?after=zz!", "/api/v1/entities?sort=size", "/api/v1/entities?country=Atlantis",
		"/api/v1/events?sort=oldest", "/api/v1/events?after=x&before=y", "/api/v1/events?offset=2&after=eA"} {
		if w := do(t, h, "GET", bad, ""); w.Code != 400 {
			t.Errorf("%s: %d, want 400", bad, w.Code)
		}
	}
}
