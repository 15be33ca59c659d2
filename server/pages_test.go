package server

import (
	"strings"
	"testing"
)

// pageURLs maps every page template to a URL that renders it. The test
// fails when a template has no entry, so a new page cannot go untested.
func pageURLs(meeting, hostile string) map[string][]string {
	return map[string][]string{
		"search":      {"/", "/?q=dialogue", "/?q=giang&type=meeting&from=2024-01-01", "/?source=VNA", "/?q=pwned"},
		"article":     {"/articles/" + meeting, "/articles/" + hostile},
		"login":       {"/login"},
		"entities":    {"/entities"},
		"entity":      {"/entities/Phan%20Van%20Giang", "/entities/Ministry%20of%20Mischief", "/entities/javascript:document.title='pwned'"},
		"corrections": {"/corrections"},
		"events":      {"/events", "/events?type=meeting", "/events?country=RU", "/events?entity=Giang&from=2024-01-01"},
		"relations":   {"/relations", "/relations?a=VN&b=RU", "/relations?a=vn&b=ru"},
		"deployments": {"/deployments", "/deployments?mission=unmiss", "/deployments?country=VN"},
		"error":       {"/articles/nope", "/no/such/page", "/entities/Nobody%20Atall", "/relations?a=VN&b=VN", "/events?type=party", "/deployments?country=Vietnam", "/entities?type=ship"},
	}
}

func TestRenderEveryPage(t *testing.T) {
	s, st := newTestServer(t, testToken)
	meeting, hostile := seedArticles(t, st)
	urls := pageURLs(meeting, hostile)
	for name := range s.pages {
		if len(urls[name]) == 0 {
			t.Errorf("page template %q has no URL in pageURLs", name)
		}
	}
	h := s.Handler()
	for name, list := range urls {
		for _, u := range list {
			w := do(t, h, "GET", u, "")
			wantStatus := 200
			if name == "error" {
				wantStatus = 404
				if strings.Contains(u, "?") {
					wantStatus = 400 // bad filters
				}
			}
			if w.Code != wantStatus {
				t.Errorf("%s: status %d, want %d\n%s", u, w.Code, wantStatus, w.Body)
				continue
			}
			body := w.Body.String()
			if !strings.Contains(body, "</html>") {
				t.Errorf("%s: page incomplete", u)
			}
			checkNoHostileMarkup(t, u, body)
			if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("%s: CSP %q", u, csp)
			}
		}
	}
}

// checkNoHostileMarkup fails when article text came through as markup.
func checkNoHostileMarkup(t *testing.T, u, body string) {
	t.Helper()
	for _, bad := range []string{"<script>document", "<img src=x", "onerror=\"", `href="javascript:`, "<style>body", "<b>title</b>"} {
		if strings.Contains(body, bad) {
			t.Errorf("%s: unescaped %q in page", u, bad)
		}
	}
	if n := strings.Count(body, "<script"); n != 1 {
		t.Errorf("%s: %d script elements, want only the layout's one", u, n)
	}
}

func TestArticlePageHighlightsMentions(t *testing.T) {
	s, st := newTestServer(t, "")
	meeting, _ := seedArticles(t, st)
	body := do(t, s.Handler(), "GET", "/articles/"+meeting, "").Body.String()
	for _, want := range []string{
		`<a class="m m-person" href="/entities/Phan%20V%C4%83n%20Giang" title="person: Phan Văn Giang">Phan Văn Giang</a>`,
		`<a class="m m-person" href="/entities/Phan%20V%C4%83n%20Giang" title="person: Phan Văn Giang">Giang</a>`,
		`<a class="m m-location" href="/entities/H%C3%A0%20N%E1%BB%99i"`,
		`<blockquote class="evidence">The two sides held the 7th defence strategy dialogue.</blockquote>`,
		`<td>photo-credit</td><td><code>(Photo: VNA)</code></td>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %s", want)
		}
	}
}

func TestSearchPageFacetsAndPaging(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	body := do(t, s.Handler(), "GET", "/?q=giang&limit=1", "").Body.String()
	for _, want := range []string{"<mark>Giang</mark>", "Event type", `href="/?limit=1&amp;q=giang&amp;type=dialogue"`, "Russia", `rel="next"`} {
		if !strings.Contains(body, want) {
			t.Errorf("search page lacks %s\n", want)
		}
	}
}

func TestSnippetHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a \x02b\x03 c", "a <mark>b</mark> c"},
		{"<script>\x02x\x03", "&lt;script&gt;<mark>x</mark>"},
		{"\x02open", "<mark>open</mark>"},
		{"close\x03 \x03", "close "},
		{"\x02a\x02b\x03", "<mark>ab</mark>"},
	}
	for _, tt := range tests {
		if got := string(snippetHTML(tt.in)); got != tt.want {
			t.Errorf("snippetHTML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntityPage(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	body := do(t, s.Handler(), "GET", "/entities/Phan%20Van%20Giang", "").Body.String()
	for _, want := range []string{
		"<h1>Phan Văn Giang",
		"<td>General</td><td>Minister of National Defence",
		`<svg xmlns="http://www.w3.org/2000/svg"`,
		`<title>Alexander Fomin</title>`,
		`<circle class="node self"`,
		`<a href="/entities/Alexander%20Fomin">Alexander Fomin</a>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("entity page lacks %s", want)
		}
	}
}
