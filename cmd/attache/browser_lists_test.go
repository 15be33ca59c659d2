package main

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"attache/internal/browsertest"

	"github.com/chromedp/chromedp"
)

// TestBrowserPagesThroughAllEntities follows the entity list's "Next"
// links over the demo's knowledge base, in both orders, until the last
// page: every entity the list counts appears once, and "Previous" leads
// back to the first page.
func TestBrowserPagesThroughAllEntities(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	ctx := browsertest.New(t)
	base := startDemo(t, "browser-list-token")
	for _, sort := range []string{"mentions", "name"} {
		browsertest.Must(t, ctx, "open list", chromedp.Navigate(base+"/entities?limit=20&sort="+sort))
		total, err := strconv.Atoi(browsertest.Must(t, ctx, "total", chromedp.Text(chromedp.ID("entity-total"))))
		if err != nil || total < 40 {
			t.Fatalf("%s: the demo lists %d entities (%v), want more than two pages", sort, total, err)
		}
		first := browsertest.Must(t, ctx, "first page", chromedp.Text(chromedp.CSS("table.grid tbody")))
		seen := map[string]bool{}
		var names []string
		for pages := 0; ; pages++ {
			if pages > total {
				t.Fatalf("%s: more pages than entities", sort)
			}
			rows := browsertest.Must(t, ctx, "rows", chromedp.Evaluate[[]string](
				`Array.from(document.querySelectorAll("table.grid tbody tr td:first-child a")).map(a => a.getAttribute("href"))`))
			for _, r := range rows {
				if seen[r] {
					t.Errorf("%s: %s listed twice", sort, r)
				}
				seen[r] = true
				names = append(names, r)
			}
			if !follow(t, ctx, base, "next") {
				break
			}
		}
		if len(names) != total {
			t.Errorf("%s: paged through %d entities, the list counts %d", sort, len(names), total)
		}
		for range (total + 19) / 20 {
			if !follow(t, ctx, base, "prev") {
				break
			}
		}
		if back := browsertest.Must(t, ctx, "back at first", chromedp.Text(chromedp.CSS("table.grid tbody"))); strings.TrimSpace(back) != strings.TrimSpace(first) {
			t.Errorf("%s: following Previous to the start shows another first page", sort)
		}
	}
}

// follow opens the page the link rel (next, prev) of the page shown
// points to, and reports false when the page has no such link.
func follow(t *testing.T, ctx context.Context, base, rel string) bool {
	t.Helper()
	href := browsertest.Must(t, ctx, rel+" link", chromedp.Evaluate[string](
		`(document.querySelector("a[rel=`+rel+`]") || {getAttribute: () => ""}).getAttribute("href")`))
	if href == "" {
		return false
	}
	browsertest.Must(t, ctx, "open "+rel, chromedp.Navigate(base+href))
	return true
}
