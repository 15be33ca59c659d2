package server

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"attache"
)

func TestAPIArticlesAndSearch(t *testing.T) {
	s, st := newTestServer(t, testToken)
	meeting, hostile := seedArticles(t, st)
	h := s.Handler()

	tests := []struct {
		name   string
		target string
		status int
		want   []string // substrings of the body
	}{
		{"list", "/api/v1/articles", 200, []string{`"total": 3`, meeting, hostile}},
		{"list by date", "/api/v1/articles?from=2024-06-01", 200, []string{`"total": 1`, meeting}},
		{"list by source", "/api/v1/articles?source=VNA&limit=1", 200, []string{`"total": 2`, `"limit": 1`}},
		{"list bad date", "/api/v1/articles?from=yesterday", 400, []string{`"code": "invalid"`, "from must be a date"}},
		{"list bad limit", "/api/v1/articles?limit=0", 400, []string{"limit must be"}},
		{"list huge limit", "/api/v1/articles?limit=100000", 400, []string{"limit must be"}},
		{"list bad offset", "/api/v1/articles?offset=-1", 400, []string{"offset must be"}},
		{"get", "/api/v1/articles/" + meeting, 200, []string{`"text": "General Phan Văn Giang`, `"kind": "photo-credit"`, `"mentions"`, `"evidence": "The two sides held`}},
		{"get missing", "/api/v1/articles/doesnotexist", 404, []string{`"code": "not_found"`}},
		{"search", "/api/v1/search?q=dialogue", 200, []string{meeting, `"snippet": "Vietnam, Russia hold 7th defence strategy dialogue"`, `"text": "dialogue",`}},
		{"search folded", "/api/v1/search?q=ha+noi", 200, []string{meeting}},
		{"search entity filter", "/api/v1/search?q=giang&entity=Phan+Van+Giang", 200, []string{meeting}},
		{"search type filter none", "/api/v1/search?q=giang&type=exercise", 200, []string{`"hits": []`}},
		{"search paginated", "/api/v1/search?q=giang&limit=1&offset=1", 200, []string{`"hits": []`, `"offset": 1`}},
		{"search hostile query", "/api/v1/search?q=%22unbalanced+AND+(OR+*", 200, []string{`"hits"`}},
		{"search no query", "/api/v1/search", 400, []string{"missing query"}},
		{"search long query", "/api/v1/search?q=" + strings.Repeat("a", 600), 400, []string{"too long"}},
		{"entity", "/api/v1/entities/Phan%20Van%20Giang", 200, []string{`"name": "Phan Văn Giang"`, `"rank": "General"`, `"name": "Alexander Fomin"`, `"type": "meeting"`}},
		{"entity by alias folded", "/api/v1/entities/GIANG", 200, []string{`"name": "Phan Văn Giang"`}},
		{"entities", "/api/v1/entities", 200, []string{`"name": "Phan Văn Giang"`, `"name": "Ministry of Mischief"`}},
		{"entities by type and name", "/api/v1/entities?type=person&q=giang", 200, []string{`"total": 1`, `"name": "Phan Văn Giang"`}},
		{"entities bad type", "/api/v1/entities?type=ship", 400, []string{"type must be"}},
		{"timeline", "/api/v1/entities/Alexander%20Fomin/timeline", 200, []string{`"name": "Alexander Fomin"`, `"type": "meeting"`}},
		{"entity missing", "/api/v1/entities/Nobody", 404, []string{`"code": "not_found"`}},
		{"entity blank", "/api/v1/entities/%20", 400, []string{`"code": "invalid"`}},
		{"events", "/api/v1/events", 200, []string{`"total": 4`, `"type": "deployment"`}},
		{"events by type", "/api/v1/events?type=meeting", 200, []string{`"total": 1`, `"evidence": "General Phan Văn Giang received`}},
		{"events by country", "/api/v1/events?country=ru", 200, []string{`"total": 2`}},
		{"events by entity", "/api/v1/events?entity=Alexander+Fomin", 200, []string{`"total": 1`, `"type": "meeting"`}},
		{"events bad type", "/api/v1/events?type=party", 400, []string{"unknown event type"}},
		{"events bad country", "/api/v1/events?country=Atlantis", 400, []string{"country: no country named"}},
		{"relations", "/api/v1/relations/VN/RU", 200, []string{`"countries": [`, `"type": "dialogue"`, `"Alexander Fomin"`}},
		{"relations lower case", "/api/v1/relations/ru/vn", 200, []string{`"type": "meeting"`}},
		{"relations same", "/api/v1/relations/VN/VN", 400, []string{"two different"}},
		{"relations bad code", "/api/v1/relations/VNM/RU", 400, []string{"ISO 3166-1"}},
		{"deployments", "/api/v1/deployments", 200, []string{`"mission": "UNMISS"`, `"personnel": 63`, `"women": 12`}},
		{"deployments by mission", "/api/v1/deployments?mission=unmiss&country=VN", 200, []string{`"rotation": "6"`}},
		{"deployments unknown mission", "/api/v1/deployments?mission=UNIFIL", 400, []string{`"code": "invalid"`, `no deployment in the base names \"UNIFIL\"`}},
		{"deployments mission from another country", "/api/v1/deployments?mission=UNMISS&country=RU", 200, []string{`"deployments": []`}},
		{"deployments bad country", "/api/v1/deployments?country=Atlantis", 400, []string{"country: no country named"}},
		{"entity by id", "/api/v1/entities/person:phan-van-giang", 200, []string{`"id": "person:phan-van-giang"`, `"aliases": [`, `"kind": "post"`, `"as_of": "2024-12-26"`, `"title": "Vietnam, Russia hold 7th defence strategy dialogue"`}},
		{"entity co-participants", "/api/v1/entities/Phan%20Van%20Giang", 200, []string{`"co_participants": [`, `"id": "person:alexander-fomin"`}},
		{"entities ids", "/api/v1/entities?type=country", 200, []string{`"id": "country:VN"`, `"id": "country:RU"`, `"total": 2`}},
		{"entities paged", "/api/v1/entities?limit=1&offset=1", 200, []string{`"limit": 1`, `"offset": 1`}},
		{"timeline sources", "/api/v1/entities/Phan%20Van%20Giang/timeline", 200, []string{`"id": "person:phan-van-giang"`, `"evidence": "General Phan Văn Giang received`, `"names"`}},
		{"events with", "/api/v1/events?country=VN&with=RU", 200, []string{`"total": 2`, `"series": "defence strategy dialogue"`, `"number": 7`}},
		{"events with alone", "/api/v1/events?with=ru&type=dialogue", 200, []string{`"total": 1`}},
		{"events by date", "/api/v1/events?from=2024-06&to=2024-12-31", 200, []string{`"total": 2`}},
		{"events paged", "/api/v1/events?limit=1&offset=1", 200, []string{`"total": 4`, `"limit": 1`, `"type": "meeting"`}},
		{"events unknown entity", "/api/v1/events?entity=Nobody+Atall", 404, []string{`"code": "not_found"`}},
		{"events bad with", "/api/v1/events?with=RUS", 400, []string{"with: want an ISO 3166-1 alpha-2 code"}},
		{"events bad date", "/api/v1/events?from=2024-13-01", 400, []string{"from must be a date"}},
		{"events bad limit", "/api/v1/events?limit=501", 400, []string{"limit must be"}},
		{"relations dossier", "/api/v1/relations/VN/RU", 200, []string{`"total": 2`, `"years": [`, `"by_type"`, `"series": [`, `"number": 7`, `"people": [`, `"agreements": []`}},
		{"relations none", "/api/v1/relations/VN/FR", 200, []string{`"total": 0`, `"events": []`}},
		{"deployments sources", "/api/v1/deployments?country=vn", 200, []string{`"evidence": "Vietnam sent 63`, `"countries": [`}},
		{"deployments long mission", "/api/v1/deployments?mission=" + strings.Repeat("m", 201), 400, []string{"too long"}},
		{"unknown endpoint", "/api/v1/nothing", 404, []string{`"code": "not_found"`}},
		{"openapi", "/api/v1/openapi.json", 200, []string{`"openapi": "3.1.0"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, "GET", tt.target, "")
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			if !json.Valid(w.Body.Bytes()) {
				t.Errorf("invalid JSON: %s", w.Body)
			}
			for _, s := range tt.want {
				if !strings.Contains(w.Body.String(), s) {
					t.Errorf("body lacks %q:\n%s", s, w.Body)
				}
			}
		})
	}
}

func TestAPIWrongMethod(t *testing.T) {
	s, _ := newTestServer(t, testToken)
	w := do(t, s.Handler(), "DELETE", "/api/v1/articles/abc", "")
	if w.Code != 405 || w.Header().Get("Allow") != "GET" || !json.Valid(w.Body.Bytes()) {
		t.Errorf("DELETE article: %d Allow=%q %s", w.Code, w.Header().Get("Allow"), w.Body)
	}
	w = do(t, s.Handler(), "GET", "/api/v1/ingest", "")
	if w.Code != 405 || w.Header().Get("Allow") != "POST" {
		t.Errorf("GET ingest: %d Allow=%q", w.Code, w.Header().Get("Allow"))
	}
}

func TestAPIArticleRoundTrip(t *testing.T) {
	s, st := newTestServer(t, "")
	meeting, _ := seedArticles(t, st)
	w := do(t, s.Handler(), "GET", "/api/v1/articles/"+meeting, "")
	var got articleJSON
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Extraction == nil || len(got.Extraction.Entities) != 4 || len(got.Extraction.Events) != 2 {
		t.Fatalf("extraction not returned whole: %+v", got.Extraction)
	}
	for _, e := range got.Extraction.Entities {
		for _, m := range e.Mentions {
			if got.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q does not match text at %d:%d (%q)", m.Text, m.Start, m.End, got.Text[m.Start:m.End])
			}
		}
	}
}

func TestReadsFromOtherHostsNeedToken(t *testing.T) {
	s, _ := newTestServer(t, testToken)
	h := s.Handler()
	for _, tc := range []struct {
		auth   string
		status int
	}{{"", 401}, {"Bearer wrong", 401}, {"Bearer " + testToken, 200}} {
		r, _ := http.NewRequest("GET", "/api/v1/articles", nil)
		r.RemoteAddr = "203.0.113.9:5555"
		r.Host = "192.0.2.1:8080" // the server's address on the network
		if tc.auth != "" {
			r.Header.Set("Authorization", tc.auth)
		}
		w := newRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tc.status {
			t.Errorf("auth %q from another host: status %d, want %d", tc.auth, w.Code, tc.status)
		}
	}
}

// fakeIngester stands in for the ingest service at the server's boundary:
// it stores plain text as is.
type fakeIngester struct{ st attache.Store }

func (f fakeIngester) IngestArticle(ctx context.Context, in IngestInput) (IngestResult, error) {
	text := in.Text
	if text == "" {
		text = in.HTML
	}
	a := &attache.Article{ID: attache.ArticleID(text), Title: in.Title, Published: in.Published, Source: in.Source,
		Format: "text", Original: []byte(text), Text: text, IngestedAt: time.Now()}
	if err := f.st.PutArticle(ctx, a); attache.ErrorCode(err) == attache.ECONFLICT {
		return IngestResult{ID: a.ID, Title: a.Title, Status: "duplicate"}, nil
	} else if err != nil {
		return IngestResult{}, err
	}
	return IngestResult{ID: a.ID, Title: a.Title, Status: "new"}, nil
}

func (f fakeIngester) IngestURL(ctx context.Context, url string) ([]IngestResult, error) {
	return nil, attache.Errorf(attache.EINVALID, "cannot fetch %s in tests", url)
}

func TestAPIIngest(t *testing.T) {
	st := mustOpenStore(t)
	s, err := New(Config{Store: st, Token: testToken, Ingester: fakeIngester{st}})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	auth := []string{"Authorization", "Bearer " + testToken, "Content-Type", "application/json"}
	article := `{"title":"Navies meet","published":"2025-03-01","text":"The navies of India and Japan held a joint exercise."}`
	tests := []struct {
		name   string
		body   string
		hdr    []string
		status int
		want   string
	}{
		{"no token", article, []string{"Content-Type", "application/json"}, 401, "token is required"},
		{"wrong token", article, []string{"Authorization", "Bearer nope"}, 401, "token is required"},
		{"cross origin", article, append([]string{"Origin", "http://evil.example"}, auth...), 403, "cross-origin"},
		{"new", article, auth, 201, `"status": "new"`},
		{"again", article, auth, 200, `"status": "duplicate"`},
		{"bad json", `{"text":`, auth, 400, "bad JSON"},
		{"unknown field", `{"txt":"x"}`, auth, 400, "unknown field"},
		{"empty", `{}`, auth, 400, "nothing to ingest"},
		{"both", `{"text":"a","html":"<p>b</p>"}`, auth, 400, "not both"},
		{"bad date", `{"text":"a","published":"26/12/2024"}`, auth, 400, "published must be"},
		{"bad fetch url", `{"fetch":"file:///etc/passwd"}`, auth, 400, "http(s) URL"},
		{"wrong content type", article, []string{"Authorization", "Bearer " + testToken, "Content-Type", "text/plain"}, 400, "Content-Type"},
		{"too big", `{"text":"` + strings.Repeat("a", maxIngestBody+10) + `"}`, auth, 413, "too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, "POST", "/api/v1/ingest", tt.body, tt.hdr...)
			if w.Code != tt.status || !strings.Contains(w.Body.String(), tt.want) {
				t.Fatalf("status %d body %s; want %d with %q", w.Code, w.Body, tt.status, tt.want)
			}
		})
	}
	// The new article is searchable.
	w := do(t, h, "GET", "/api/v1/search?q=navies", "")
	if !strings.Contains(w.Body.String(), "Navies meet") {
		t.Errorf("ingested article not found: %s", w.Body)
	}
}

func TestWritesRefusedWithoutConfiguredToken(t *testing.T) {
	st := mustOpenStore(t)
	s, err := New(Config{Store: st, Ingester: fakeIngester{st}})
	if err != nil {
		t.Fatal(err)
	}
	w := do(t, s.Handler(), "POST", "/api/v1/ingest", `{"text":"x"}`, "Authorization", "Bearer ", "Content-Type", "application/json")
	if w.Code != 401 || !strings.Contains(w.Body.String(), "read-only") {
		t.Fatalf("status %d body %s", w.Code, w.Body)
	}
}

// TestAPIArticlesPageByNext follows the article list's next links, page
// by page of one, and checks they give the whole list in its order, and
// that a cursor is refused with an offset or when it names no article.
func TestAPIArticlesPageByNext(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	type list struct {
		Articles []struct{ ID string } `json:"articles"`
		Total    int                   `json:"total"`
		Next     string                `json:"next"`
	}
	get := func(target string) list {
		t.Helper()
		w := do(t, s.Handler(), "GET", target, "")
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		var l list
		if err := json.Unmarshal(w.Body.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		return l
	}
	whole := get("/api/v1/articles")
	if len(whole.Articles) < 2 {
		t.Fatalf("want at least 2 articles, got %+v", whole)
	}
	var ids, want []string
	for _, a := range whole.Articles {
		want = append(want, a.ID)
	}
	next := "/api/v1/articles?limit=1"
	for next != "" && len(ids) <= len(want) {
		l := get(next)
		if l.Total != whole.Total {
			t.Errorf("%s: total %d, want %d", next, l.Total, whole.Total)
		}
		for _, a := range l.Articles {
			ids = append(ids, a.ID)
		}
		next = l.Next
	}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("pages by next: %v, want %v", ids, want)
	}
	for _, target := range []string{"/api/v1/articles?after=nope", "/api/v1/articles?after=" + want[0] + "&offset=1", "/api/v1/articles?before=" + want[0]} {
		if w := do(t, s.Handler(), "GET", target, ""); w.Code != 400 {
			t.Errorf("%s: %d, want 400", target, w.Code)
		}
	}
}
