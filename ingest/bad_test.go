package ingest_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/ingest"
)

const lead = "The defence ministers of Chile and Argentina met in Santiago on Monday to review joint peacekeeping training.\n"

// TestBadInput gives each kind of bad input next to a good file: the bad
// one fails with one clear error, the good one is still stored.
func TestBadInput(t *testing.T) {
	notFound := httptest.NewServer(http.NotFoundHandler())
	defer notFound.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL + "/gone"
	closed.Close()

	invalidHeavy := bytes.Repeat([]byte("abc\xff\xfe "), 50)
	tests := []struct {
		name    string
		file    string // written into a temp dir unless it is a URL
		data    []byte
		maxSize int64
		want    string // in the error
	}{
		{"empty", "empty.txt", []byte(" \n\n\t"), 0, "empty file"},
		{"binary", "blob.txt", []byte("ab\x00\x01\x02cd"), 0, "binary file"},
		{"pdf", "report.pdf", []byte("%PDF-1.7\n..."), 0, "unknown format: PDF document"},
		{"invalid utf8", "latin1.txt", invalidHeavy, 0, "invalid UTF-8"},
		{"too large", "big.txt", []byte(strings.Repeat(lead, 20)), 1000, "too large"},
		{"malformed rss", "news.rss", []byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>a</item></channel>"), 0, "malformed rss feed"},
		{"not a feed", "data.xml", []byte("<?xml version=\"1.0\"?><inventory><tank/></inventory>"), 0, "malformed feed"},
		{"unknown markup", "shape", []byte("<svg width=\"10\"><circle r=\"4\"/></svg>"), 0, "unknown format"},
		{"empty feed", "empty.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`), 0, "no items"},
		{"html without text", "blank.html", []byte("<html><body><script>alert(1)</script></body></html>"), 0, "no text"},
		{"url 404", notFound.URL + "/missing", nil, 0, "unreachable: HTTP status 404"},
		{"url refused", closedURL, nil, 0, "unreachable"},
		{"missing file", "nothing-here.txt", nil, 0, "cannot read"},
		{"only debris", "debris.txt", []byte("See more\n"), 0, "no text left after cleaning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			good := filepath.Join(dir, "good.txt")
			os.WriteFile(good, []byte(lead), 0o644)
			path := tt.file
			if !strings.HasPrefix(path, "http") {
				path = filepath.Join(dir, tt.file)
				if tt.data != nil {
					os.WriteFile(path, tt.data, 0o644)
				}
			}
			s := &ingest.Service{Store: MustOpen(t), MaxSize: tt.maxSize, AllowPrivateURLs: true} // the test servers are on loopback
			res := MustIngest(t, s, path, good)
			if res.New != 1 || res.Failed != 1 || len(res.Errors) != 1 {
				t.Fatalf("result %+v, errors %v", res, res.Errors)
			}
			e := res.Errors[0]
			if e.Path != path || !strings.Contains(e.Err.Error(), tt.want) {
				t.Errorf("error %q, want path %s and %q", e.Error(), path, tt.want)
			}
		})
	}
}

func TestRepairedUTF8(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte(strings.Repeat(lead, 3)+"Caf\xe9 talks ended.\n"), 0o644)
	db := MustOpen(t)
	res := MustIngest(t, &ingest.Service{Store: db}, p)
	if res.New != 1 || res.Failed != 0 || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Error(), "repaired 1 invalid UTF-8 byte") {
		t.Fatalf("result %+v, warnings %v", res, res.Warnings)
	}
	a, _ := db.Article(context.Background(), res.Outcomes[0].ID)
	if !strings.Contains(a.Text, "Caf\uFFFD talks") {
		t.Errorf("text %q", a.Text)
	}
}

func TestHTMLWithScripts(t *testing.T) {
	page := `<!doctype html><html><head><title>Navies drill together</title>
<script>document.write("<p>injected</p>"); alert("x")</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Navies drill together</h1>
<p>The navies of Indonesia and Australia held a joint drill in the Arafura Sea on Tuesday, with four ships and 600 sailors taking part.</p>
<p onclick="alert(1)">Officers said the exercise focused on search and rescue and on maritime security cooperation between the two countries.</p>
<script>track()</script>
<p>The next drill is planned for 2026 in Darwin, the defence ministry said in a statement issued after the exercise.</p>
</article><footer>Copyright</footer></body></html>`
	dir := t.TempDir()
	p := filepath.Join(dir, "page.html")
	os.WriteFile(p, []byte(page), 0o644)
	db := MustOpen(t)
	res := MustIngest(t, &ingest.Service{Store: db}, p)
	if res.New != 1 {
		t.Fatalf("%+v %v", res, res.Errors)
	}
	a, _ := db.Article(context.Background(), res.Outcomes[0].ID)
	for _, bad := range []string{"<", "alert", "track()", "injected", "color:red", "document.write"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text contains %q: %q", bad, a.Text)
		}
	}
	for _, keep := range []string{"Arafura Sea on Tuesday", "search and rescue", "planned for 2026 in Darwin"} {
		if !strings.Contains(a.Text, keep) {
			t.Errorf("text lost %q: %q", keep, a.Text)
		}
	}
	if a.Title != "Navies drill together" || a.Format != "html" || !bytes.Equal(a.Original, []byte(page)) {
		t.Errorf("title %q format %q original kept %v", a.Title, a.Format, bytes.Equal(a.Original, []byte(page)))
	}
}

func TestBadJSONLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "batch.jsonl")
	lines := []string{
		`{"url":"https://example.org/1","title":"Talks","published":"2025-01-02","source":"ABC","text":"` + strings.TrimSpace(lead) + `"}`,
		`{"title": "broken", "text": }`,
		`{"title":"no body"}`,
		`{"text":"x","published":"02/01/2025"}`,
		`{"html":"<p>The coast guards of Japan and Vietnam signed a memorandum on maritime search and rescue in Tokyo.</p><script>x()</script>"}`,
	}
	os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	db := MustOpen(t)
	res := MustIngest(t, &ingest.Service{Store: db}, p)
	if res.New != 2 || res.Failed != 3 {
		t.Fatalf("%+v %v", res, res.Errors)
	}
	for i, want := range []string{":2: bad JSON line", `:3: no "text" or "html"`, `:4: bad published date "02/01/2025"`} {
		if got := res.Errors[i].Error(); !strings.HasPrefix(got, p) || !strings.Contains(got, want) {
			t.Errorf("error %d = %q, want %q", i, got, want)
		}
	}
	a, _ := db.Article(context.Background(), res.Outcomes[0].ID)
	if a.URL != "https://example.org/1" || a.Published != "2025-01-02" || a.Source != "ABC" || a.Title != "Talks" || a.Format != "jsonl" {
		t.Errorf("first record stored as %+v", a)
	}
	b, _ := db.Article(context.Background(), res.Outcomes[1].ID)
	if strings.Contains(b.Text, "x()") || !strings.Contains(b.Text, "signed a memorandum") {
		t.Errorf("html record text %q", b.Text)
	}
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Defence Wire</title>
<item><title>Thai and Lao officers meet</title><link>https://example.org/a</link>
<pubDate>Tue, 09 Dec 2025 08:00:00 +0700</pubDate>
<description><![CDATA[<p>Thai and Lao border officers met in Vientiane on Monday to discuss mine clearance along the Mekong.</p><script>bad()</script>]]></description></item>
<item><title>Navy visit</title><link>https://example.org/b</link>
<pubDate>Wed, 10 Dec 2025 09:00:00 +0000</pubDate>
<description>A French frigate called at Cam Ranh port on Wednesday for a five-day goodwill visit.</description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Attaché notes</title>
<entry><title>Peacekeepers rotate</title><link href="https://example.org/c"/>
<published>2025-06-01T10:00:00Z</published><updated>2025-06-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;A Mongolian peacekeeping battalion of 850 troops rotated into South Sudan on Sunday.&lt;/p&gt;</content></entry>
</feed>`

func TestFeedsURLsAndStdin(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(rss))
		case "/page":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<html><head><title>Envoy visit</title></head><body><article><p>The Indian defence attaché visited the Vietnamese Naval Academy in Nha Trang on Thursday to discuss cadet exchanges and training ships.</p></article></body></html>`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	atomPath := filepath.Join(dir, "notes.atom")
	os.WriteFile(atomPath, []byte(atomFeed), 0o644)

	db := MustOpen(t)
	s := &ingest.Service{Store: db, Client: srv.Client(), Source: "default-src", Published: "2020-01-01",
		Stdin: strings.NewReader("Envoys meet in Lima\n\n" + lead)}
	res := MustIngest(t, s, srv.URL+"/rss", srv.URL+"/page", atomPath, "-")
	if res.New != 5 || res.Failed != 0 {
		t.Fatalf("%+v %v", res, res.Errors)
	}
	get := func(path string) *attache.Article {
		t.Helper()
		for _, o := range res.Outcomes {
			if o.Path == path {
				a, err := db.Article(context.Background(), o.ID)
				if err != nil {
					t.Fatal(err)
				}
				return a
			}
		}
		t.Fatalf("no article from %s in %+v", path, res.Outcomes)
		return nil
	}
	tests := []struct {
		path, url, title, published, source, format, text string
	}{
		{srv.URL + "/rss#1", "https://example.org/a", "Thai and Lao officers meet", "2025-12-09", "Defence Wire", "rss", "met in Vientiane on Monday"},
		{srv.URL + "/rss#2", "https://example.org/b", "Navy visit", "2025-12-10", "Defence Wire", "rss", "called at Cam Ranh port"},
		{srv.URL + "/page", srv.URL + "/page", "Envoy visit", "2020-01-01", "default-src", "html", "Vietnamese Naval Academy in Nha Trang"},
		{atomPath + "#1", "https://example.org/c", "Peacekeepers rotate", "2025-06-01", "Attaché notes", "atom", "850 troops rotated"},
		{"stdin", "", "Envoys meet in Lima", "2020-01-01", "default-src", "text", "met in Santiago"},
	}
	for _, tt := range tests {
		a := get(tt.path)
		got := []string{a.URL, a.Title, a.Published, a.Source, a.Format}
		want := []string{tt.url, tt.title, tt.published, tt.source, tt.format}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q, want %q", tt.path, got, want)
		}
		if !strings.Contains(a.Text, tt.text) || strings.Contains(a.Text, "bad()") {
			t.Errorf("%s: text %q", tt.path, a.Text)
		}
	}
}

func TestManifestErrors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "MANIFEST.tsv"), []byte("file\tpublished\tsource\na.txt\tyesterday\tX\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(lead), 0o644)
	res := MustIngest(t, &ingest.Service{Store: MustOpen(t)}, dir)
	if res.New != 1 || res.Failed != 1 || !strings.Contains(res.Errors[0].Error(), "MANIFEST.tsv: line 2: bad published date") {
		t.Fatalf("%+v %v", res, res.Errors)
	}
}
