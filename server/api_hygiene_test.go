package server

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"attache"
)

// TestAPIArticleShowsNoServerPath: the file an article was read from is
// the server's business; the API gives its id, title, URL and text.
func TestAPIArticleShowsNoServerPath(t *testing.T) {
	s, st := newTestServer(t, testToken)
	text := "The defence ministers of Peru and Chile met in Lima on Monday."
	a := &attache.Article{ID: attache.ArticleID(text), Path: "/srv/private/feeds/2024/lima.txt", Title: "Lima talks",
		Format: "text", Text: text, IngestedAt: time.Now().UTC(), Extraction: &attache.Extraction{Doc: "lima.txt"}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"/api/v1/articles/" + a.ID, "/api/v1/articles", "/api/v1/search?q=lima"} {
		w := do(t, s.Handler(), "GET", target, "")
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		if body := w.Body.String(); strings.Contains(body, "/srv/private") || strings.Contains(body, `"path"`) {
			t.Errorf("%s gives the server's file path:\n%s", target, body)
		}
	}
}

// TestAPISearchSnippetParts: a hit's snippet is plain text, and its
// highlighted words come as parts marked "match", as the OpenAPI
// document says; no control characters reach the client.
func TestAPISearchSnippetParts(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	w := do(t, s.Handler(), "GET", "/api/v1/search?q=dialogue", "")
	if w.Code != 200 {
		t.Fatalf("search: %d %s", w.Code, w.Body)
	}
	if body := w.Body.String(); strings.ContainsAny(body, attache.Mark+attache.EndMark) || strings.Contains(body, `\u0002`) || strings.Contains(body, `\u0003`) {
		t.Errorf("search answer carries the store's highlight markers:\n%s", body)
	}
	var res struct {
		Hits []struct {
			Snippet string `json:"snippet"`
			Parts   []struct {
				Text  string `json:"text"`
				Match bool   `json:"match"`
			} `json:"snippet_parts"`
		} `json:"hits"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil || len(res.Hits) == 0 {
		t.Fatalf("search: %v, %d hits:\n%s", err, len(res.Hits), w.Body)
	}
	h := res.Hits[0]
	var joined strings.Builder
	var matched []string
	for _, p := range h.Parts {
		joined.WriteString(p.Text)
		if p.Match {
			matched = append(matched, p.Text)
		}
	}
	if joined.String() != h.Snippet || !strings.Contains(h.Snippet, "dialogue") {
		t.Errorf("parts %+v do not make up the snippet %q", h.Parts, h.Snippet)
	}
	if len(matched) != 1 || !strings.EqualFold(matched[0], "dialogue") {
		t.Errorf("matched parts %q, want [dialogue]", matched)
	}
	doc := do(t, s.Handler(), "GET", "/api/v1/openapi.json", "").Body.String()
	if !strings.Contains(doc, `"snippet_parts"`) || strings.Contains(doc, "U+0002") {
		t.Error("the OpenAPI document does not describe snippet_parts, or still describes the markers")
	}
}

// TestAPIUnknownCountryCodes: a well-formed code that names no country is
// an error with the usual body, not an empty answer: 404 for a dossier
// (the resource does not exist), 400 for a filter.
func TestAPIUnknownCountryCodes(t *testing.T) {
	s, _ := newTestServer(t, testToken)
	for _, c := range []struct {
		target string
		status int
		code   string
	}{
		{"/api/v1/relations/VN/XX", 404, attache.ENOTFOUND},
		{"/api/v1/relations/QQ/vn", 404, attache.ENOTFOUND},
		{"/api/v1/events?country=XX", 400, attache.EINVALID},
		{"/api/v1/events?with=QQ", 400, attache.EINVALID},
		{"/api/v1/deployments?country=XX", 400, attache.EINVALID},
		{"/api/v1/export?format=events&country=XX", 400, attache.EINVALID},
		{"/api/v1/export?format=csv&with=QQ", 400, attache.EINVALID},
		{"/api/v1/export?format=events&country=ru&with=Vietnam", 200, ""},
		{"/api/v1/relations/VN/RU", 200, ""},
		{"/api/v1/events?country=ru", 200, ""},
	} {
		w := do(t, s.Handler(), "GET", c.target, "")
		var body errorBody
		json.Unmarshal(w.Body.Bytes(), &body)
		if w.Code != c.status || body.Error.Code != c.code {
			t.Errorf("%s: %d %q, want %d %q\n%s", c.target, w.Code, body.Error.Code, c.status, c.code, w.Body)
		} else if c.code != "" && !strings.Contains(body.Error.Message, "unknown country code") {
			t.Errorf("%s: message %q does not name the problem", c.target, body.Error.Message)
		}
	}
}

// TestAPIArticleNotExtracted: an article stored without extraction says
// why.
func TestAPIArticleNotExtracted(t *testing.T) {
	s, st := newTestServer(t, testToken)
	text := "on May 5, on May 5, on May 5, on May 5"
	a := &attache.Article{ID: attache.ArticleID(text), Title: "dates", Format: "text", Text: text, IngestedAt: time.Now().UTC(),
		NotExtracted: "extraction ran over its time budget (10s, 38 bytes)"}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	w := do(t, s.Handler(), "GET", "/api/v1/articles/"+a.ID, "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"not_extracted": "extraction ran over its time budget (10s, 38 bytes)"`) {
		t.Errorf("article: %d\n%s", w.Code, w.Body)
	}
}

// TestFiltersTakeCountryNames: the country filters of the entity, event
// and ledger lists read a country's name as its code, as the relations
// pages do, and refuse a code of no country rather than answer an empty
// list.
func TestFiltersTakeCountryNames(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	total := func(target string) int {
		t.Helper()
		w := do(t, s.Handler(), "GET", target, "")
		var body struct{ Total int }
		if err := json.Unmarshal(w.Body.Bytes(), &body); w.Code != 200 || err != nil {
			t.Fatalf("%s: %d %v\n%s", target, w.Code, err, w.Body)
		}
		return body.Total
	}
	for _, c := range [][2]string{
		{"/api/v1/entities?country=RU", "/api/v1/entities?country=russia"},
		{"/api/v1/events?country=VN&with=RU", "/api/v1/events?country=Vietnam&with=russia"},
	} {
		if byCode, byName := total(c[0]), total(c[1]); byCode == 0 || byName != byCode {
			t.Errorf("%s finds %d, %s %d: want the same, more than none", c[0], byCode, c[1], byName)
		}
	}
	for _, target := range []string{"/api/v1/entities?country=XX", "/api/v1/entities?country=Atlantis", "/api/v1/deployments?country=Atlantis", "/api/v1/events?with=Atlantis"} {
		w := do(t, s.Handler(), "GET", target, "")
		var body errorBody
		json.Unmarshal(w.Body.Bytes(), &body)
		if w.Code != 400 || body.Error.Code != attache.EINVALID {
			t.Errorf("%s: %d %s, want 400 invalid", target, w.Code, w.Body)
		}
	}
	if w := do(t, s.Handler(), "GET", "/entities?country=Russia", ""); w.Code != 200 || !strings.Contains(w.Body.String(), "Alexander Fomin") {
		t.Errorf("entities page filtered on Russia: %d", w.Code)
	}
}
