package server

import (
	"context"
	"strings"
	"testing"
	"time"

	"attache/internal/browsertest"

	"github.com/chromedp/chromedp"
)

// TestBrowserCorrections signs in with the token in a real browser, merges
// one entity into another from its profile page, and undoes the merge from
// the corrections page: the forms, the cookie, the redirects and the CSP
// (form-action 'self') all have to work together.
func TestBrowserCorrections(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	ctx := browsertest.New(t)
	dir := browsertest.Artifacts(t)
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	corr := s.corrector
	base := serveForBrowser(t, s)
	must := func(what string, a chromedp.Action[chromedp.Void]) { browsertest.Must(t, ctx, what, a) }

	must("open profile", chromedp.Navigate(base+"/entities/Alexander%20Fomin"))
	must("sign-in link", chromedp.Click(chromedp.ID("signin-to-correct")))
	must("token field", chromedp.SendKeys(chromedp.ID("token"), testToken))
	browsertest.Screenshot(t, ctx, dir, "10-login")
	must("sign in", chromedp.Click(chromedp.ID("signin")))
	browsertest.ClickLoaded(t, ctx, "open panel back on the profile", "#correct summary")
	must("merge target", chromedp.SendKeys(chromedp.ID("merge-into"), "Phan Văn Giang"))
	browsertest.Screenshot(t, ctx, dir, "11-merge-form")
	must("merge", chromedp.Click(chromedp.ID("merge")))
	waitPath(t, ctx, "/entities/person:phan-van-giang")
	must("target profile", chromedp.WaitVisible(chromedp.CSS("#aliases")))
	if h1 := browsertest.Must(t, ctx, "title", chromedp.Text(chromedp.CSS("h1"))); !strings.Contains(h1, "Phan Văn Giang") {
		t.Errorf("after the merge the browser shows %q, want the entity kept", h1)
	}
	if al := browsertest.Must(t, ctx, "aliases", chromedp.Text(chromedp.ID("aliases"))); !strings.Contains(al, "Alexander Fomin") {
		t.Errorf("the merged profile's aliases are %q, want the merged name among them", al)
	}
	cs, _ := corr.Corrections(context.Background(), "", 100)
	if len(cs) != 1 || cs[0].Kind != "merge" || cs[0].Entity != "Alexander Fomin" || cs[0].Target != "Phan Văn Giang" {
		t.Fatalf("recorded corrections: %+v", cs)
	}

	must("corrections page", chromedp.Navigate(base+"/corrections"))
	must("undo button", chromedp.WaitVisible(chromedp.CSS("#corrections button.undo")))
	browsertest.Screenshot(t, ctx, dir, "12-corrections")
	must("undo", chromedp.Click(chromedp.CSS("#corrections button.undo")))
	must("page reloaded", chromedp.WaitNotPresent(chromedp.CSS("#corrections button.undo")))
	must("undone", chromedp.WaitVisible(chromedp.CSS("#corrections tr.muted")))
	if cs, _ := corr.Corrections(context.Background(), "", 100); !cs[0].Undone {
		t.Error("undo did not reach the corrector")
	}
	must("profile back", chromedp.Navigate(base+"/entities/person:alexander-fomin"))
	if h1 := browsertest.Must(t, ctx, "title", chromedp.Text(chromedp.CSS("h1"))); !strings.Contains(h1, "Alexander Fomin") {
		t.Errorf("after the undo the merged entity shows %q", h1)
	}
}

// waitPath waits until the browser has navigated to path: a click on a
// submit button returns before the form's response arrives.
func waitPath(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	for range 200 {
		loc := browsertest.Must(t, ctx, "location", chromedp.Location())
		if strings.HasSuffix(loc, path) {
			return
		}
		browsertest.Must(t, ctx, "wait", chromedp.Sleep(25*time.Millisecond))
	}
	t.Fatalf("the browser did not reach %s", path)
}

// serveForBrowser serves s on a free loopback port until the test ends
// and returns its base URL.
func serveForBrowser(t *testing.T, s *Server) string {
	t.Helper()
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(sctx, ln) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}
