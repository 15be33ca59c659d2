package server

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

func TestAPICiteEvent(t *testing.T) {
	s, st := newTestServer(t, testToken)
	meeting, _ := seedArticles(t, st)
	w := do(t, s.Handler(), "GET", "/api/v1/cite?article="+meeting+"&event=1", "")
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var c citation
	if err := json.Unmarshal(w.Body.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	sentence := "The two sides held the 7th defence strategy dialogue."
	if c.Sentence != sentence || c.Source != "VNA" || c.Published != "2024-12-26" || c.Fact != "dialogue 2024-12-26" {
		t.Errorf("citation = %+v", c)
	}
	for _, want := range []string{"VNA", "“Vietnam, Russia hold 7th defence strategy dialogue”", "2024-12-26", "“" + sentence + "”"} {
		if !strings.Contains(c.Plain, want) {
			t.Errorf("plain citation %q lacks %q", c.Plain, want)
		}
	}
	if !strings.HasPrefix(c.BibTeX, "@online{VNA2024_") || !strings.Contains(c.BibTeX, "date = {2024-12-26}") || !strings.Contains(c.BibTeX, sentence) {
		t.Errorf("BibTeX:\n%s", c.BibTeX)
	}
	var csl []map[string]any
	if err := json.Unmarshal([]byte(c.CSLJSON), &csl); err != nil || len(csl) != 1 {
		t.Fatalf("CSL-JSON %s: %v", c.CSLJSON, err)
	}
	if csl[0]["type"] != "article-newspaper" || csl[0]["container-title"] != "VNA" || csl[0]["title"] != "Vietnam, Russia hold 7th defence strategy dialogue" {
		t.Errorf("CSL item = %v", csl[0])
	}
	if issued, _ := json.Marshal(csl[0]["issued"]); string(issued) != `{"date-parts":[[2024,12,26]]}` {
		t.Errorf("issued = %s", issued)
	}
}

func TestAPICiteQuoteAndErrors(t *testing.T) {
	s, st := newTestServer(t, testToken)
	meeting, hostile := seedArticles(t, st)
	h := s.Handler()
	w := do(t, h, "GET", "/api/v1/cite?article="+meeting+"&quote=Vice+Minister|Russian+Deputy+Minister&fact=post:+Deputy+Minister", "")
	var c citation
	if err := json.Unmarshal(w.Body.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(c.Sentence, "General Phan Văn Giang received Russian Deputy Minister") || c.Fact != "post: Deputy Minister" {
		t.Errorf("quote citation = %+v", c)
	}
	// TeX's special characters in a title are escaped.
	w = do(t, h, "GET", "/api/v1/cite?article="+hostile, "")
	if err := json.Unmarshal(w.Body.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	if strings.Count(c.BibTeX, "{") != strings.Count(c.BibTeX, "}") {
		t.Errorf("unbalanced BibTeX braces:\n%s", c.BibTeX)
	}
	for url, status := range map[string]int{
		"/api/v1/cite":                                   400,
		"/api/v1/cite?article=nope":                      404,
		"/api/v1/cite?article=" + meeting + "&event=9":   404,
		"/api/v1/cite?article=" + meeting + "&event=-1":  404,
		"/api/v1/cite?article=" + meeting + "&event=one": 404,
	} {
		if w := do(t, h, "GET", url, ""); w.Code != status {
			t.Errorf("%s: status %d, want %d", url, w.Code, status)
		}
	}
}

var citeLink = regexp.MustCompile(`<a class="cite" href="([^"]+)"`)

// TestCiteControls: every event source, post report and ledger row links
// to a citation page that renders, with the three styles and copy buttons.
func TestCiteControls(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	h := s.Handler()
	for _, page := range []string{"/entities/Phan%20Van%20Giang", "/events", "/deployments", "/relations?a=VN&b=RU"} {
		body := do(t, h, "GET", page, "").Body.String()
		links := citeLink.FindAllStringSubmatch(body, -1)
		if len(links) == 0 {
			t.Errorf("%s: no cite control", page)
		}
		for _, l := range links {
			u := strings.ReplaceAll(l[1], "&amp;", "&")
			w := do(t, h, "GET", u, "")
			if w.Code != 200 {
				t.Errorf("%s: %s: status %d", page, u, w.Code)
				continue
			}
			b := w.Body.String()
			for _, want := range []string{`id="cite-plain"`, `id="cite-bibtex"`, `id="cite-csl"`, `data-copy="cite-bibtex"`, `class="evidence"`} {
				if !strings.Contains(b, want) {
					t.Errorf("%s: cite page lacks %s", u, want)
				}
			}
		}
	}
}
