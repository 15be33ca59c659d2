package server

import (
	"html"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

var (
	hitTitleRE = regexp.MustCompile(`class="hit-title" href="([^"]+)"`)
	nextRE     = regexp.MustCompile(`href="([^"]+)" rel="next"`)
)

// TestSearchPageWithoutWordsPagesByKey walks the search page's lists
// without words (the newest articles, and a search by filters alone) one
// article a page by their next links, and checks that each link seeks
// after the last article instead of counting an offset, and that the
// pages join into the list one page shows.
func TestSearchPageWithoutWordsPagesByKey(t *testing.T) {
	s, _ := newCorrectingServer(t)
	h := s.Handler()
	hits := func(target string) (ids []string, next string) {
		t.Helper()
		w := do(t, h, "GET", target, "")
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		body := w.Body.String()
		for _, m := range hitTitleRE.FindAllStringSubmatch(body, -1) {
			ids = append(ids, m[1])
		}
		if m := nextRE.FindStringSubmatch(body); m != nil {
			next = html.UnescapeString(m[1])
		}
		return ids, next
	}
	for _, list := range []string{"/?source=VNA", "/?from=2024-01-01", "/?event_from=2020", "/?"} {
		whole, _ := hits(list + "&limit=100")
		if len(whole) < 2 {
			t.Fatalf("%s: %d articles, want 2 or more to page", list, len(whole))
		}
		var got []string
		target := list + "&limit=1"
		for range 10 {
			ids, next := hits(target)
			got = append(got, ids...)
			if next == "" {
				break
			}
			if !strings.Contains(next, "after=") || strings.Contains(next, "offset=") {
				t.Errorf("%s: next %q, want a page after an article, not an offset", target, next)
			}
			target = next
		}
		if !reflect.DeepEqual(got, whole) {
			t.Errorf("%s by pages of 1: %v, want %v", list, got, whole)
		}
	}
	for _, bad := range []string{"/?q=dialogue&after=x", "/?source=VNA&after=nope", "/?source=VNA&after=x&offset=2", "/?source=VNA&before=x"} {
		if w := do(t, h, "GET", bad, ""); w.Code != 400 {
			t.Errorf("%s: %d, want 400", bad, w.Code)
		}
	}
}
