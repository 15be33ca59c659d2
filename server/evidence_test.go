package server

import (
	"context"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"attache"
)

func TestEvidenceBlocks(t *testing.T) {
	text := "Alpha met Bravo. Charlie Delta spoke. End."
	// "Charlie Delta spoke." is [17, 37); a mention "Bravo. Charlie" crosses its start.
	ents := []attache.Entity{
		{Name: "Alpha", Type: attache.Person, Mentions: []attache.Mention{{Start: 0, End: 5}}},
		{Name: "Bravo Charlie", Type: attache.Person, Mentions: []attache.Mention{{Start: 10, End: 24}}},
	}
	evs := []attache.Event{
		{Start: 17, End: 37},  // 0
		{Start: 0, End: 16},   // 1
		{Start: 17, End: 37},  // 2: the same sentence as 0
		{Start: 20, End: 42},  // 3: overlaps 0, left out
		{Start: 5, End: 9999}, // 4: out of range, left out
	}
	spans := evidenceSpans(text, evs)
	if got := fmt.Sprint(spans); got != "[{0 16 [1]} {17 37 [0 2]}]" {
		t.Fatalf("spans %s", got)
	}
	bs := blocks(highlight(text, ents), spans, 2)
	var got []string
	var all strings.Builder
	for _, b := range bs {
		var parts []string
		for _, s := range b.Segments {
			all.WriteString(s.Text)
			if s.Entity != "" {
				parts = append(parts, "<"+s.Text+">")
			} else {
				parts = append(parts, s.Text)
			}
		}
		got = append(got, fmt.Sprintf("%v %d-%d %v %v %q", b.Evidence, b.Start, b.End, b.Events, b.Focus, strings.Join(parts, "|")))
	}
	want := []string{
		`true 0-16 [1] false "<Alpha>| met |Bravo."`,
		`false 0-0 [] false " "`,
		`true 17-37 [0 2] true "Charlie| Delta spoke."`,
		`false 0-0 [] false " End."`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if all.String() != text {
		t.Errorf("blocks lose text: %q", all.String())
	}
}

// TestArticlePageAnchorsEvidence: every evidence sentence is an anchor
// named by its offsets, with one anchor per event; ?ev=N highlights the
// event's sentence; the event lists link to it.
func TestArticlePageAnchorsEvidence(t *testing.T) {
	s, st := newTestServer(t, "")
	meeting, _ := seedArticles(t, st)
	a, err := st.Article(context.Background(), meeting)
	if err != nil {
		t.Fatal(err)
	}
	ev := a.Extraction.Events[1]
	h := s.Handler()
	sentence := fmt.Sprintf(`<mark class="sentence focus" id="s-%d-%d" data-start="%d" data-end="%d"`, ev.Start, ev.End, ev.Start, ev.End)
	body := do(t, h, "GET", "/articles/"+meeting+"?ev=1", "").Body.String()
	for _, want := range []string{sentence, `<span class="anchor" id="ev-1"></span>The two sides held`, `<mark class="sentence" id="s-0-`, `<span class="anchor" id="ev-0"></span>`} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %s", want)
		}
	}
	if n := strings.Count(body, "sentence focus"); n != 1 {
		t.Errorf("%d sentences highlighted, want 1", n)
	}
	plain := do(t, h, "GET", "/articles/"+meeting, "").Body.String()
	if strings.Contains(plain, "sentence focus") {
		t.Error("a sentence is highlighted without ?ev")
	}
	if w := do(t, h, "GET", "/articles/"+meeting+"?ev=99", ""); w.Code != 200 || strings.Contains(w.Body.String(), "sentence focus") {
		t.Errorf("?ev past the events: %d, want 200 with nothing highlighted", w.Code)
	}
	if w := do(t, h, "GET", "/articles/"+meeting+"?ev=x", ""); w.Code != 400 {
		t.Errorf("?ev=x: %d, want 400", w.Code)
	}
	for page, idx := range map[string]int{"/events": 1, "/entities/person:phan-van-giang": 0, "/relations?a=VN&b=RU": 1} {
		link := fmt.Sprintf(`href="/articles/%s?ev=%d#ev-%d"`, meeting, idx, idx)
		if body := do(t, h, "GET", page, "").Body.String(); !strings.Contains(body, link) {
			t.Errorf("%s has no evidence link %s", page, link)
		}
	}
}

// TestUntitledArticleTakesFirstSentence: an article stored without a
// title is shown and listed under its first sentence, not its id.
func TestUntitledArticleTakesFirstSentence(t *testing.T) {
	s, st := newTestServer(t, "")
	text := "Naval officers of two neighbouring countries met in a port city on Monday. They agreed on joint patrols."
	a := &attache.Article{ID: attache.ArticleID(text), Format: "text", Original: []byte(text), Text: text, IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Sentences: []attache.Span{{Start: 0, End: 74}, {Start: 75, End: len(text)}}}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	title := "Naval officers of two neighbouring countries met in a port city on Monday."
	h := s.Handler()
	if body := do(t, h, "GET", "/articles/"+a.ID, "").Body.String(); !strings.Contains(body, "<h1>"+title+"</h1>") {
		t.Errorf("article page title is not the first sentence:\n%.600s", body)
	}
	for _, u := range []string{"/api/v1/articles/" + a.ID, "/api/v1/articles"} {
		if body := do(t, h, "GET", u, "").Body.String(); !strings.Contains(body, `"title": "`+title+`"`) {
			t.Errorf("%s: no title from the first sentence:\n%.400s", u, body)
		}
	}
}

// seedPostFarDown stores a long article whose only statement of a
// person's post lies far below its top, in a sentence that states no
// event, resolves it, and returns its id and that sentence.
func seedPostFarDown(t *testing.T, st attache.Store) (id, sentence string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("A naval delegation visits the port\n\n")
	for i := range 40 {
		fmt.Fprintf(&b, "Paragraph %d tells of the weather, the quays and the crowds that came to see the ships.\n\n", i+1)
	}
	sentence = "Colonel Ana Souza, the Chief of Naval Staff, spoke at the closing."
	b.WriteString(sentence + "\n\nThe ships sailed at dusk.")
	text := b.String()
	a := &attache.Article{ID: attache.ArticleID(text), Title: "A naval delegation visits the port", Source: "Test", Published: "2024-07-02",
		Format: "text", Original: []byte(text), Text: text, IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Doc: "post.txt", Published: "2024-07-02", Entities: []attache.Entity{{ID: "e1", Type: attache.Person,
			Name: "Ana Souza", Rank: "Colonel", Titles: []string{"Chief of Naval Staff"}, Country: "BR", Mentions: []attache.Mention{mention(t, text, "Ana Souza")}}}}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledgeOf(t, st).Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	return a.ID, sentence
}

// TestPostLinksOpenTheirSentence: the source link of a rank or post opens
// the article with the sentence that states it highlighted and anchored,
// though no event states it.
func TestPostLinksOpenTheirSentence(t *testing.T) {
	s, st := newTestServer(t, "")
	id, sentence := seedPostFarDown(t, st)
	h := s.Handler()
	page := do(t, h, "GET", "/entities/Ana%20Souza", "").Body.String()
	m := regexp.MustCompile(`href="(/articles/` + id + `\?quote=[^"#]+#focus)">article</a>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("the post's source does not link to its sentence:\n%s", sectionOf(t, page, `<table class="grid" id="positions">`, "</table>"))
	}
	body := do(t, h, "GET", html.UnescapeString(m[1]), "").Body.String()
	focus := regexp.MustCompile(`<mark class="sentence focus"[^>]*><span class="anchor" id="focus"></span>(.*?)</mark>`).FindStringSubmatch(body)
	if focus == nil || !strings.Contains(regexp.MustCompile(`<[^>]+>`).ReplaceAllString(focus[1], ""), "the Chief of Naval Staff, spoke") {
		t.Errorf("the article does not highlight the post's sentence %q: %v", sentence, focus)
	}
	if w := do(t, h, "GET", "/articles/"+id+"?quote="+strings.Repeat("x", 1001), ""); w.Code != 400 {
		t.Errorf("a quote of 1001 bytes: %d, want 400", w.Code)
	}
	if body := do(t, h, "GET", "/articles/"+id+"?quote=nowhere+in+the+text", "").Body.String(); strings.Contains(body, "sentence focus") {
		t.Error("a quote the text does not hold highlights a sentence")
	}
}
