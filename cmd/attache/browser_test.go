package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"attache/internal/browsertest"

	"github.com/chromedp/chromedp"
)

// syncBuffer is a bytes.Buffer safe to write from the server goroutine
// while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingRE = regexp.MustCompile(`serving on (http://[^\s]+)/`)

// startDemo runs "attache demo" on a random port over a temp database and
// returns its base URL. The server stops when the test ends.
func startDemo(t *testing.T, token string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out, errs := &syncBuffer{}, &syncBuffer{}
	m := NewMain()
	m.Stdout, m.Stderr = out, errs
	m.Config.Workers = 2
	done := make(chan error, 1)
	go func() {
		done <- m.Run(ctx, []string{"demo", "--addr", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "demo.db"), "--token", token})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("demo: %v", err)
		}
	})
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if m := servingRE.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("demo stopped: %v\nstdout: %s\nstderr: %s", err, out, errs)
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("demo did not start serving\nstdout: %s\nstderr: %s", out, errs)
	return ""
}

// hostileArticle tries to run script through every door an article has.
const hostileArticle = `Hostile report about the Ministry of Defence of Testland.
<script>document.title="pwned";window.pwned=1</script>
<img src=x onerror="document.title='pwned';window.pwned=1">
<a href="javascript:document.title='pwned'">click here</a> and <svg onload="window.pwned=1"></svg>
The minister said nothing of note.`

// postArticle ingests an article through the API with the token.
func postArticle(t *testing.T, base, token string, body map[string]string) string {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", base+"/api/v1/ingest", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Results []struct{ ID, Status string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != 201 || len(out.Results) != 1 {
		t.Fatalf("ingest: status %d, %+v, %v", resp.StatusCode, out, err)
	}
	return out.Results[0].ID
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	ctx := browsertest.New(t)
	const token = "browser-test-token"
	base := startDemo(t, token)
	dir := browsertest.Artifacts(t)

	// Search from the home page.
	browsertest.Must(t, ctx, "open home", chromedp.Navigate(base+"/"))
	browsertest.Must(t, ctx, "home lists articles", chromedp.WaitVisible(chromedp.CSS(".hit-title")))
	browsertest.Screenshot(t, ctx, dir, "01-home")
	browsertest.Must(t, ctx, "type query", chromedp.SendKeys(chromedp.ID("q"), "Giang"))
	browsertest.Must(t, ctx, "submit", chromedp.Click(chromedp.ID("go")))
	browsertest.Must(t, ctx, "results", chromedp.WaitVisible(chromedp.CSS(".hit mark")))
	if got := browsertest.Must(t, ctx, "first mark", chromedp.Text(chromedp.CSS(".hit mark"))); !strings.EqualFold(got, "Giang") {
		t.Errorf("highlighted %q, want Giang", got)
	}
	browsertest.Screenshot(t, ctx, dir, "02-search")

	// Open the first hit: clean text with highlighted mentions.
	browsertest.Must(t, ctx, "open article", chromedp.Click(chromedp.CSS(".hit-title")))
	browsertest.Must(t, ctx, "article text", chromedp.WaitVisible(chromedp.CSS("#text a.m-person")))
	browsertest.Screenshot(t, ctx, dir, "03-article")
	person := browsertest.Must(t, ctx, "person mention", chromedp.Text(chromedp.CSS("#text a.m-person")))

	// Follow the person's link to the profile and its network graph.
	browsertest.Must(t, ctx, "follow entity", chromedp.Click(chromedp.CSS("#text a.m-person")))
	browsertest.Must(t, ctx, "graph", chromedp.WaitVisible(chromedp.CSS("#graph svg circle.self")))
	h1 := browsertest.Must(t, ctx, "profile title", chromedp.Text(chromedp.CSS("h1")))
	if !strings.Contains(h1, strings.Fields(person)[len(strings.Fields(person))-1]) {
		t.Errorf("profile %q is not of %q", h1, person)
	}
	nodes := browsertest.Must(t, ctx, "graph nodes", chromedp.Evaluate[int](`document.querySelectorAll("#graph svg circle").length`))
	if nodes < 2 {
		t.Errorf("graph has %d nodes, want the entity and its co-participants", nodes)
	}
	browsertest.Screenshot(t, ctx, dir, "04-entity")

	// The dossier, ledger and events pages draw their charts.
	browsertest.Must(t, ctx, "relations", chromedp.Navigate(base+"/relations?a=VN&b=IN"))
	browsertest.Must(t, ctx, "relations chart", chromedp.WaitVisible(chromedp.CSS("#chart svg")))
	browsertest.Screenshot(t, ctx, dir, "06-relations")
	browsertest.Must(t, ctx, "ledger", chromedp.Navigate(base+"/deployments"))
	browsertest.Must(t, ctx, "ledger table", chromedp.WaitVisible(chromedp.CSS("table.grid td")))
	browsertest.Screenshot(t, ctx, dir, "07-deployments")
	browsertest.Must(t, ctx, "events", chromedp.Navigate(base+"/events?type=meeting"))
	browsertest.Must(t, ctx, "events list", chromedp.WaitVisible(chromedp.CSS(".timeline li")))
	browsertest.Screenshot(t, ctx, dir, "08-events")

	// Merge one person into another with the token, check the merged
	// profile, then undo from the corrections page: the real corrector
	// rebuilds the knowledge base each time.
	browsertest.Must(t, ctx, "profile to merge", chromedp.Navigate(base+"/entities/Rajnath%20Singh"))
	browsertest.Must(t, ctx, "sign-in link", chromedp.Click(chromedp.ID("signin-to-correct")))
	browsertest.Must(t, ctx, "token field", chromedp.SendKeys(chromedp.ID("token"), token))
	browsertest.Must(t, ctx, "sign in", chromedp.Click(chromedp.ID("signin")))
	browsertest.ClickLoaded(t, ctx, "open panel back on the profile", "#correct summary")
	browsertest.Must(t, ctx, "merge target", chromedp.SendKeys(chromedp.ID("merge-into"), "Phan Van Giang"))
	browsertest.Screenshot(t, ctx, dir, "09-merge-form")
	browsertest.Must(t, ctx, "merge", chromedp.Click(chromedp.ID("merge")))
	waitPath(t, ctx, "/entities/person:phan-van-giang")
	browsertest.Must(t, ctx, "merged profile", chromedp.WaitVisible(chromedp.ID("aliases")))
	if h1 := browsertest.Must(t, ctx, "merged title", chromedp.Text(chromedp.CSS("h1"))); !strings.Contains(h1, "Phan Văn Giang") {
		t.Errorf("after the merge the browser shows %q, want the entity kept", h1)
	}
	if al := browsertest.Must(t, ctx, "merged aliases", chromedp.Text(chromedp.ID("aliases"))); !strings.Contains(al, "Rajnath Singh") {
		t.Errorf("merged profile's aliases %q lack the merged name", al)
	}
	if n := browsertest.Must(t, ctx, "merged sources", chromedp.Evaluate[int](`document.querySelectorAll("#sources li").length`)); n < 2 {
		t.Errorf("merged profile lists %d source articles, want both people's", n)
	}
	browsertest.Screenshot(t, ctx, dir, "10-merged")
	browsertest.Must(t, ctx, "corrections page", chromedp.Navigate(base+"/corrections"))
	browsertest.Must(t, ctx, "undo button", chromedp.WaitVisible(chromedp.CSS("#corrections button.undo")))
	browsertest.Screenshot(t, ctx, dir, "11-corrections")
	browsertest.Must(t, ctx, "undo", chromedp.Click(chromedp.CSS("#corrections button.undo")))
	browsertest.Must(t, ctx, "undone", chromedp.WaitVisible(chromedp.CSS("#corrections tr.muted")))
	browsertest.Must(t, ctx, "profile back", chromedp.Navigate(base+"/entities/Rajnath%20Singh"))
	if h1 := browsertest.Must(t, ctx, "unmerged title", chromedp.Text(chromedp.CSS("h1"))); !strings.Contains(h1, "Rajnath Singh") {
		t.Errorf("after the undo the profile shows %q, want Rajnath Singh again", h1)
	}

	// A hostile article executes nothing.
	id := postArticle(t, base, token, map[string]string{"title": `<img src=x onerror="document.title='pwned'">Hostile <b>report</b>`, "text": hostileArticle})
	browsertest.Must(t, ctx, "open hostile", chromedp.Navigate(base+"/articles/"+id))
	browsertest.Must(t, ctx, "hostile text", chromedp.WaitVisible(chromedp.ID("text")))
	browsertest.Must(t, ctx, "settle", chromedp.Sleep(300*time.Millisecond))
	if title := browsertest.Must(t, ctx, "title", chromedp.Title()); title == "pwned" {
		t.Errorf("hostile script ran: title %q", title)
	}
	if ran := browsertest.Must(t, ctx, "global", chromedp.Evaluate[bool](`typeof window.pwned !== "undefined"`)); ran {
		t.Error("hostile script ran: window.pwned is set")
	}
	if n := browsertest.Must(t, ctx, "javascript links", chromedp.Evaluate[int](`document.querySelectorAll('a[href^="javascript:"], #text img, #text script, #text svg').length`)); n != 0 {
		t.Errorf("%d hostile elements made it into the page", n)
	}
	text := browsertest.Must(t, ctx, "text", chromedp.Text(chromedp.ID("text")))
	if !strings.Contains(text, `<script>document.title="pwned"`) {
		t.Errorf("the hostile markup should be shown as text, got %q", text)
	}
	browsertest.Screenshot(t, ctx, dir, "05-hostile")
	// The search page shows it too (title, snippet) without running it.
	browsertest.Must(t, ctx, "search hostile", chromedp.Navigate(base+"/?q=hostile"))
	browsertest.Must(t, ctx, "hostile hit", chromedp.WaitVisible(chromedp.CSS(".hit-title")))
	if ran := browsertest.Must(t, ctx, "global", chromedp.Evaluate[bool](`typeof window.pwned !== "undefined" || document.title === "pwned"`)); ran {
		t.Error("hostile script ran on the search page")
	}
}

// waitPath waits until the browser has navigated to path: a click on a
// submit button returns before the form's response arrives.
func waitPath(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	for range 400 {
		loc := browsertest.Must(t, ctx, "location", chromedp.Location())
		if strings.HasSuffix(loc, path) {
			return
		}
		browsertest.Must(t, ctx, "wait", chromedp.Sleep(25*time.Millisecond))
	}
	t.Fatalf("the browser did not reach %s", path)
}
