package server

import (
	"strings"
	"testing"

	"attache/internal/browsertest"

	"github.com/chromedp/chromedp"
)

// TestBrowserNarrowScreen opens pages on a 390 px wide phone screen: the
// navigation stays one compact line, a wide table scrolls inside its box
// without widening the page, and an event's type label leads to its
// explanation on the help page.
func TestBrowserNarrowScreen(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	ctx := browsertest.New(t)
	dir := browsertest.Artifacts(t)
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	base := serveForBrowser(t, s)
	must := func(what string, a chromedp.Action[chromedp.Void]) { browsertest.Must(t, ctx, what, a) }
	type box struct{ Header, Page, TableScroll, TableBox, Width float64 }
	measure := func() box {
		return browsertest.Must(t, ctx, "measure", chromedp.Evaluate[box](`(() => {
			const t = document.querySelector("table.ledger");
			return {Header: document.querySelector("header.top").getBoundingClientRect().height,
				Page: document.documentElement.scrollWidth, Width: window.innerWidth,
				TableScroll: t ? t.scrollWidth : 0, TableBox: t ? t.clientWidth : 0}; })()`))
	}

	must("phone screen", chromedp.EmulateViewport(390, 844))
	must("ledger", chromedp.Navigate(base+"/deployments"))
	must("table", chromedp.WaitVisible(chromedp.CSS("table.ledger")))
	browsertest.Screenshot(t, ctx, dir, "30-narrow-ledger")
	b := measure()
	if b.Header > 844/8 {
		t.Errorf("the header takes %.0f px of an 844 px screen", b.Header)
	}
	if b.Page > b.Width {
		t.Errorf("the page is %.0f px wide on a %.0f px screen: something is cut off", b.Page, b.Width)
	}
	if b.TableScroll <= b.TableBox {
		t.Errorf("the ledger (%.0f px of content in %.0f px) does not scroll inside its box", b.TableScroll, b.TableBox)
	}

	must("events", chromedp.Navigate(base+"/events"))
	must("a type label", chromedp.Click(chromedp.CSS("a.tag.tag-dialogue")))
	must("help", chromedp.WaitVisible(chromedp.ID("type-dialogue")))
	if loc := browsertest.Must(t, ctx, "location", chromedp.Location()); !strings.HasSuffix(loc, "/help#type-dialogue") {
		t.Errorf("the label led to %s", loc)
	}
	top := browsertest.Must(t, ctx, "definition in view", chromedp.Evaluate[float64](`document.getElementById("type-dialogue").getBoundingClientRect().top`))
	if top < -2 || top > 844 {
		t.Errorf("the definition of dialogue is at %.0f px, out of view", top)
	}
	if b := measure(); b.Page > b.Width {
		t.Errorf("the help page is %.0f px wide on a %.0f px screen", b.Page, b.Width)
	}
}
