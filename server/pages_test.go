package server

import (
	"strings"
	"testing"
)

// pageURLs maps every page template to URLs that render it (with 200,
// or for "error" with the status in errorURLs). The test fails when a
// template has no entry, so a new page cannot go untested.
func pageURLs(meeting, hostile string) map[string][]string {
	return map[string][]string{
		"search":      {"/", "/?q=dialogue", "/?q=giang&type=meeting&from=2024-01-01", "/?source=VNA", "/?q=pwned"},
		"article":     {"/articles/" + meeting, "/articles/" + hostile},
		"login":       {"/login"},
		"help":        {"/help"},
		"entities":    {"/entities", "/entities?q=giang&type=person", "/entities?q=pwned"},
		"entity":      {"/entities/Phan%20Van%20Giang", "/entities/person:phan-van-giang", "/entities/Ministry%20of%20Mischief", "/entities/javascript:document.title='pwned'", "/entities/country:RU"},
		"corrections": {"/corrections"},
		"events":      {"/events", "/events?type=meeting", "/events?country=RU", "/events?country=vn&with=ru", "/events?entity=Giang&from=2024-01-01", "/events?limit=1&offset=1"},
		"relations":   {"/relations?a=VN&b=RU", "/relations?a=vn&b=ru", "/relations/VN/RU", "/relations/Vietnam/russia", "/relations/vn/Russia"},
		"relindex":    {"/relations", "/relations/VN", "/relations/Russia"},
		"deployments": {"/deployments", "/deployments?mission=unmiss", "/deployments?country=VN"},
		"cite":        {"/cite?article=" + meeting + "&event=0", "/cite?article=" + hostile + "&quote=Mischief"},
		"map":         {"/map", "/map?type=meeting", "/map?country=vn&with=ru", "/map?entity=Giang&from=2024-01-01", "/map?type=exercise"},
		"error":       keys(errorURLs),
	}
}

// errorURLs are pages that must answer with an error page and status.
var errorURLs = map[string]int{
	"/articles/nope": 404, "/no/such/page": 404, "/entities/Nobody%20Atall": 404, "/events?entity=Nobody%20Atall": 404,
	"/relations?a=VN&b=VN": 400, "/relations?a=VNM&b=RU": 400, "/relations/VN/XX": 404, "/relations/Atlantis": 404, "/relations/VN/Vietnam": 400, "/events?type=party": 400, "/events?with=Atlantis": 400, "/entities?country=XX": 400,
	"/events?from=yesterday": 400, "/deployments?country=Atlantis": 400, "/map?type=party": 400, "/cite?article=nope": 404, "/cite": 400, "/entities?type=ship": 400,
}

func keys(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
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
				wantStatus = errorURLs[u]
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

// TestPagesWithoutKnowledge: a server built without a knowledge base
// still serves articles and search, and says so on the other pages.
func TestPagesWithoutKnowledge(t *testing.T) {
	st := mustOpenStore(t)
	meeting, _ := seedArticles(t, st)
	s, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for u, status := range map[string]int{"/articles/" + meeting: 200, "/?q=dialogue": 200, "/entities": 404,
		"/entities/Giang": 404, "/events": 404, "/relations?a=VN&b=RU": 404, "/deployments": 404, "/api/v1/events": 404} {
		w := do(t, h, "GET", u, "")
		if w.Code != status {
			t.Errorf("%s: status %d, want %d", u, w.Code, status)
		}
		if status == 404 && !strings.Contains(w.Body.String(), "no knowledge base") {
			t.Errorf("%s does not say why: %s", u, w.Body)
		}
	}
	// Article mentions still link to a profile by name.
	if body := do(t, h, "GET", "/articles/"+meeting, "").Body.String(); !strings.Contains(body, `href="/entities/Phan%20V%C4%83n%20Giang"`) {
		t.Error("article page without knowledge base lacks name links")
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
		`<a class="m m-person" href="/entities/person:phan-van-giang" title="person: Phan Văn Giang">Phan Văn Giang</a>`,
		`<a class="m m-person" href="/entities/person:phan-van-giang" title="person: Phan Văn Giang">Giang</a>`,
		`<a class="m m-location" href="/entities/location:ha-noi"`,
		`<a class="m m-country" href="/entities/country:RU" title="country: Russia">Russia</a>`,
		`Participants: <a href="/entities/person:phan-van-giang">Phan Văn Giang</a>, <a href="/entities/person:alexander-fomin">Alexander Fomin</a>`,
		`Participants: <a href="/entities/country:VN">Vietnam</a>, <a href="/entities/country:RU">Russia</a>`,
		`<blockquote class="evidence">The two sides held the 7th defence strategy dialogue. <a class="small" href="?ev=1#ev-1">in the text</a></blockquote>`,
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
	meeting, _ := seedArticles(t, st)
	body := do(t, s.Handler(), "GET", "/entities/Phan%20Van%20Giang", "").Body.String()
	for _, want := range []string{
		"<h1>Phan Văn Giang",
		`<span class="muted">Also written:</span> Giang`,
		"<td>2024-12-26</td><td>post</td>\n      <td>Minister of National Defence",
		"<td>2024-12-26</td><td>rank</td>\n      <td>General",
		`<svg xmlns="http://www.w3.org/2000/svg"`,
		`<title>Alexander Fomin</title>`,
		`<circle class="node self"`,
		`<a href="/entities/person:alexander-fomin">Alexander Fomin</a>`,
		`<a href="/articles/` + meeting + `">Vietnam, Russia hold 7th defence strategy dialogue</a>`,
		`<blockquote class="evidence">General Phan Văn Giang received Russian Deputy Minister`,
		`<a href="/api/v1/entities/person:phan-van-giang">JSON</a>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("entity page lacks %s", want)
		}
	}
}

func TestKnowledgePages(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	h := s.Handler()
	tests := []struct {
		url  string
		want []string
	}{
		{"/entities", []string{`<a href="/entities/person:phan-van-giang">Phan Văn Giang</a></td><td>person</td><td>VN</td><td>General</td>`, `href="/entities/country:RU"`}},
		{"/entities?q=giang", []string{`<span id="entity-total">1</span>`, "Phan Văn Giang"}},
		{"/events?country=VN&with=RU", []string{"(2)", `<a class="tag tag-meeting" href="/help#type-meeting" title="what the type meeting means">meeting</a>`, `<a class="tag tag-dialogue" href="/help#type-dialogue"`, `<a href="/entities/country:RU">Russia</a>`}},
		{"/events?entity=alexander+fomin", []string{"(1)", `<a href="/entities/person:alexander-fomin">Alexander Fomin</a>`}},
		{"/relations?a=VN&b=RU", []string{"2 events between", "<h3>defence strategy dialogue</h3>", `<li value="7">`, `id="people"`, `<a href="/entities/person:phan-van-giang">Phan Văn Giang</a>`, `<div class="chart" id="chart"><!-- Generated by SVGo`}},
		{"/deployments", []string{"<td>2024-05-05</td>", `<a href="/deployments?mission=UNMISS">UNMISS</a>`, `<th scope="row" rowspan="1">Level-2 Field Hospital</th>`, "<td>6</td><td>2024-05-05</td>", `<td class="num">63</td><td class="num">12</td>`, "<td>Vietnam</td>", `<div class="chart" id="chart"><!-- Generated by SVGo`}},
	}
	for _, tt := range tests {
		w := do(t, h, "GET", tt.url, "")
		if w.Code != 200 {
			t.Errorf("%s: %d", tt.url, w.Code)
			continue
		}
		for _, want := range tt.want {
			if !strings.Contains(w.Body.String(), want) {
				t.Errorf("%s lacks %s", tt.url, want)
			}
		}
	}
}
