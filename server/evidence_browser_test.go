package server

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"attache"
	"attache/internal/browsertest"

	"github.com/chromedp/chromedp"
)

// TestBrowserEvidenceLink follows an evidence link from the events page in
// a real browser, on a phone-sized window: the article opens scrolled to
// the event's sentence, which is highlighted and in view, far below the
// top of a long article.
func TestBrowserEvidenceLink(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	ctx := browsertest.New(t)
	dir := browsertest.Artifacts(t)
	s, st := newTestServer(t, "")
	id := seedLongArticle(t, st)
	base := serveForBrowser(t, s)
	must := func(what string, a chromedp.Action[chromedp.Void]) { browsertest.Must(t, ctx, what, a) }

	must("phone-sized window", chromedp.EmulateViewport(390, 700))
	must("events page", chromedp.Navigate(base+"/events?type=exercise"))
	link := fmt.Sprintf(`a[href^="/articles/%s?ev="]`, id)
	must("evidence link", chromedp.WaitVisible(chromedp.CSS(link)))
	must("follow it", chromedp.Click(chromedp.CSS(link)))
	must("article", chromedp.WaitVisible(chromedp.CSS("mark.sentence.focus")))
	browsertest.Screenshot(t, ctx, dir, "20-evidence")
	got := browsertest.Must(t, ctx, "highlighted sentence", chromedp.Text(chromedp.CSS("mark.sentence.focus")))
	if !strings.HasPrefix(got, "The navies of both countries then began a joint exercise") {
		t.Errorf("highlighted %q, want the exercise's sentence", got)
	}
	type place struct {
		Top, Bottom, Height, ScrollY float64
		Background                   string
	}
	// where measures the highlighted sentence in the window.
	where := func(what string) place {
		return browsertest.Must(t, ctx, what, chromedp.Evaluate[place](`(() => { const m = document.querySelector("mark.sentence.focus");
		const r = m.getBoundingClientRect();
		return {Top: r.top, Bottom: r.bottom, Height: window.innerHeight, ScrollY: window.scrollY, Background: getComputedStyle(m).backgroundColor}; })()`))
	}
	view := where("where is it")
	if view.Top < 0 || view.Bottom > view.Height {
		t.Errorf("the sentence is not in view: top %.0f, bottom %.0f, window %.0f", view.Top, view.Bottom, view.Height)
	}
	if view.ScrollY == 0 {
		t.Error("the page did not scroll: the sentence should lie below the first screen")
	}
	if view.Background == "" || view.Background == "rgba(0, 0, 0, 0)" {
		t.Errorf("the sentence is not highlighted (background %q)", view.Background)
	}

	// A post's source link opens the sentence that states it, though no
	// event does.
	_, sentence := seedPostFarDown(t, st)
	must("profile", chromedp.Navigate(base+"/entities/Ana%20Souza"))
	must("open the reports", chromedp.Click(chromedp.CSS("#reports > summary")))
	must("post's source", chromedp.Click(chromedp.CSS(`#positions a[href*="?quote="]`)))
	must("article at the post", chromedp.WaitVisible(chromedp.CSS("mark.sentence.focus")))
	browsertest.Screenshot(t, ctx, dir, "21-post-source")
	if got := browsertest.Must(t, ctx, "post's sentence", chromedp.Text(chromedp.CSS("mark.sentence.focus"))); !strings.Contains(got, "Chief of Naval Staff") {
		t.Errorf("highlighted %q, want %q", got, sentence)
	}
	view = where("where is the post")
	if view.Top < 0 || view.Bottom > view.Height || view.ScrollY == 0 {
		t.Errorf("the post's sentence is not in view: top %.0f, bottom %.0f, window %.0f, scrolled %.0f", view.Top, view.Bottom, view.Height, view.ScrollY)
	}
}

// seedLongArticle stores an article whose exercise is stated far down,
// after many paragraphs, resolves it, and returns its id.
func seedLongArticle(t *testing.T, st attache.Store) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Two navies hold a joint exercise at sea\n\n")
	for i := range 40 {
		fmt.Fprintf(&b, "Paragraph %d says little about anything: the weather was mild and the harbour was busy with fishing boats coming and going.\n\n", i+1)
	}
	ev := "The navies of both countries then began a joint exercise off the coast on June 3."
	start := b.Len()
	b.WriteString(ev)
	b.WriteString("\n\nThe exercise lasts a week.")
	text := b.String()
	a := &attache.Article{ID: attache.ArticleID(text), Title: "Two navies hold a joint exercise at sea", Source: "Test", Published: "2024-06-04",
		Format: "text", Original: []byte(text), Text: text, IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Doc: "long.txt", Published: "2024-06-04",
			Entities: []attache.Entity{{ID: "e1", Type: attache.Country, Name: "France", Country: "FR", Mentions: []attache.Mention{{Start: 0, End: 0}}}},
			Events: []attache.Event{{Type: "exercise", Date: "2024-06-03", Participants: []string{"FR", "VN"}, Salience: "main",
				Evidence: ev, Start: start, End: start + len(ev), Confidence: 0.9}}}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledgeOf(t, st).Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	return a.ID
}
