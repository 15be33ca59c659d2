package server

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"attache/internal/browsertest"
	"attache/query"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// axeScript is axe-core, installed for the tests only by .ci/run (npm ci
// in testdata/axe). It is injected into each page by the test and never
// served to users.
const axeScript = "testdata/axe/node_modules/axe-core/axe.min.js"

// loadAxe reads axe-core, failing on CI and skipping elsewhere when it is
// not installed.
func loadAxe(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(axeScript)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("axe-core is not installed (cd server/testdata/axe && npm ci): %v", err)
		}
		t.Skipf("axe-core not installed (cd server/testdata/axe && npm ci); skipping: %v", err)
	}
	return string(src)
}

// axeViolation is one rule axe found broken, with a few of the nodes.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeRun runs axe on the page and keeps the serious and critical
// violations.
const axeRun = `axe.run(document, {resultTypes: ["violations"]}).then(function (r) {
  return r.violations.filter(function (v) { return v.impact === "serious" || v.impact === "critical"; }).map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(" "); })};
  });
})`

// TestBrowserAccessibility opens every page at a phone's width (390 px)
// and a desktop's (1400 px) in headless Chromium, runs axe-core on it and
// fails on serious or critical violations, checks that the page does not
// scroll sideways, keeps a screenshot of each, and checks from the
// browser's network log that no request left for another host.
func TestBrowserAccessibility(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	axe := loadAxe(t)
	ctx := browsertest.New(t)
	dir := browsertest.Artifacts(t)

	st := mustOpenStore(t)
	svc := knowledgeOf(t, st)
	s, err := New(Config{Store: st, Knowledge: query.New(st, svc.Knowledge, svc), Corrector: kbCorrector{svc}, Token: testToken,
		Places: testPlaces(t), Countries: map[string]string{"VN": "Vietnam", "RU": "Russia", "FR": "France"}})
	if err != nil {
		t.Fatal(err)
	}
	meeting, hostile := seedArticles(t, st)
	seedEarlierPost(t, st)
	seedUnplacedDeployment(t, st)
	base := serveForBrowser(t, s)

	var mu sync.Mutex
	var requested []string
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requested = append(requested, e.Request.URL)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}

	pages := []string{
		"/", "/?q=dialogue", "/articles/" + meeting, "/articles/" + hostile, "/login",
		"/entities", "/entities/Phan%20Van%20Giang", "/entities/country:RU",
		"/events", "/map", "/map?country=VN", "/relations", "/relations?a=VN&b=RU", "/relations/VN", "/relations/Vietnam/RU", "/help",
		"/deployments", "/corrections", "/cite?article=" + meeting + "&event=1", "/no/such/page",
	}
	check := func(width int64, p string, shot string) {
		browsertest.Must(t, ctx, "open "+p, chromedp.Navigate(base+p))
		browsertest.Must(t, ctx, "load "+p, chromedp.WaitReady(chromedp.CSS("footer")))
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](axe+";true")); err != nil {
			t.Fatalf("inject axe into %s: %v", p, err)
		}
		vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](axeRun, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("axe on %s: %v", p, err)
		}
		for _, v := range vs {
			j, _ := json.Marshal(v.Nodes)
			t.Errorf("%d px %s: %s (%s): %s at %s", width, p, v.ID, v.Impact, v.Help, j)
		}
		over, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
		if err != nil {
			t.Fatal(err)
		}
		if over > 1 {
			t.Errorf("%d px %s: the page scrolls sideways by %d px", width, p, over)
		}
		browsertest.Screenshot(t, ctx, dir, fmt.Sprintf("a11y-%d-%s%s", width, shot, slugOf(p)))
	}
	for _, width := range []int64{390, 1400} {
		browsertest.Must(t, ctx, "viewport", chromedp.EmulateViewport(width, 900))
		for _, p := range pages {
			check(width, p, "")
		}
	}
	// Signed in, the pages show their correction forms: check those too.
	browsertest.Must(t, ctx, "login page", chromedp.Navigate(base+"/login"))
	browsertest.Must(t, ctx, "token field", chromedp.SendKeys(chromedp.ID("token"), testToken))
	browsertest.Must(t, ctx, "sign in", chromedp.Click(chromedp.ID("signin")))
	browsertest.Must(t, ctx, "signed in", chromedp.WaitReady(chromedp.CSS("header form[action='/logout']")))
	for _, width := range []int64{390, 1400} {
		browsertest.Must(t, ctx, "viewport", chromedp.EmulateViewport(width, 900))
		for _, p := range []string{"/entities/Phan%20Van%20Giang", "/events", "/deployments", "/corrections"} {
			check(width, p, "signed-in-")
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(requested) == 0 {
		t.Fatal("the network log is empty: the listener saw nothing")
	}
	for _, u := range requested {
		pu, err := url.Parse(u)
		if err != nil || (pu.Scheme != "data" && "http://"+pu.Host != base) {
			t.Errorf("a page requested %s: nothing may leave the machine", u)
		}
	}
	t.Logf("%d requests, all to %s; screenshots in %s", len(requested), base, filepath.Clean(dir))
}

// slugOf names a screenshot after a page path.
func slugOf(p string) string {
	var b strings.Builder
	for _, r := range strings.Trim(p, "/") {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "home"
	}
	return b.String()
}
