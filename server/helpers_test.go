package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"attache"
	"attache/kb"
	"attache/query"
	"attache/resolve"
	"attache/sqlite"
)

// testToken is the write token of test servers.
const testToken = "s3cret-test-token"

// hostileText is an article that tries every trick: markup, event
// handlers, javascript: links, a style element. Rendered, none of it may
// run.
const hostileText = `Hostile report <script>document.title="pwned";window.pwned=1</script> about Ministry of Mischief.
<img src=x onerror="document.title='pwned';window.pwned=1"> and <a href="javascript:document.title='pwned'">click here</a>.
<style>body{display:none}</style> The end.`

// mustOpenStore opens a real SQLite file in a temp dir.
func mustOpenStore(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "attache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// mention builds a mention of the first occurrence of s in text.
func mention(t testing.TB, text, s string) attache.Mention {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	return attache.Mention{Start: i, End: i + len(s), Text: s}
}

// seedArticles stores two hand-built articles (a meeting and a hostile
// one) and returns their ids. The extraction is hand-made so that these
// tests do not depend on the extractor's quality.
func seedArticles(t testing.TB, st attache.Store) (meeting, hostile string) {
	t.Helper()
	ctx := context.Background()
	text := "General Phan Văn Giang received Russian Deputy Minister Alexander Fomin in Hà Nội on December 26.\n\nThe two sides held the 7th defence strategy dialogue. Giang thanked Russia."
	ev := "The two sides held the 7th defence strategy dialogue."
	evStart := strings.Index(text, ev)
	a := &attache.Article{ID: attache.ArticleID(text), Title: "Vietnam, Russia hold 7th defence strategy dialogue",
		Source: "VNA", Published: "2024-12-26", Format: "text", Original: []byte(text), Text: text,
		Removed: []attache.Removal{{Kind: "photo-credit", Text: "(Photo: VNA)"}}, IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{
			Doc: "meeting.txt", Published: "2024-12-26",
			Entities: []attache.Entity{
				{ID: "e1", Type: attache.Person, Name: "Phan Văn Giang", Aliases: []string{"Giang"}, Rank: "General", Titles: []string{"Minister of National Defence"}, Country: "VN",
					Mentions: []attache.Mention{mention(t, text, "Phan Văn Giang"), {Start: strings.LastIndex(text, "Giang"), End: strings.LastIndex(text, "Giang") + len("Giang"), Text: "Giang", Sentence: 2}}},
				{ID: "e2", Type: attache.Person, Name: "Alexander Fomin", Rank: "Colonel General", Country: "RU", Mentions: []attache.Mention{mention(t, text, "Alexander Fomin")}},
				{ID: "e3", Type: attache.Location, Name: "Hà Nội", Country: "VN", Mentions: []attache.Mention{mention(t, text, "Hà Nội")}},
				{ID: "e4", Type: attache.Country, Name: "Russia", Country: "RU", Mentions: []attache.Mention{mention(t, text, "Russia")}},
			},
			Events: []attache.Event{
				{Type: "meeting", Date: "2024-12-26", Place: "Hà Nội", Participants: []string{"Phan Văn Giang", "Alexander Fomin"}, Salience: "main", Cameo: "043", Plover: "CONSULT",
					Evidence: text[:strings.Index(text, "\n")], Start: 0, End: strings.Index(text, "\n"), Confidence: 0.9},
				{Type: "dialogue", Date: "2024-12-26", Participants: []string{"VN", "RU"}, Salience: "main", Cameo: "046",
					Evidence: ev, Start: evStart, End: evStart + len(ev), Confidence: 0.8},
			},
			Sentences: []attache.Span{{Start: 0, End: strings.Index(text, "\n")}, {Start: evStart, End: evStart + len(ev)}, {Start: evStart + len(ev) + 1, End: len(text)}},
		}}
	if err := st.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	h := &attache.Article{ID: attache.ArticleID(hostileText), Title: `<script>document.title="pwned"</script>Hostile <b>title</b>`,
		Source: `<img src=x onerror=alert(1)>`, Published: "2024-01-02", Format: "text", Original: []byte(hostileText), Text: hostileText,
		IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Doc: "hostile.txt", Entities: []attache.Entity{
			{ID: "e1", Type: attache.Organization, Name: "Ministry of Mischief", Mentions: []attache.Mention{mention(t, hostileText, "Ministry of Mischief")}},
			{ID: "e2", Type: attache.Organization, Name: "javascript:document.title='pwned'", Mentions: []attache.Mention{mention(t, hostileText, "javascript:document.title='pwned'")}},
			// Offsets out of range and splitting a character must be ignored, not trusted.
			{ID: "e3", Type: attache.Person, Name: "Bad Offsets", Mentions: []attache.Mention{{Start: 5, End: 99999}, {Start: -3, End: 2}}},
		}, Events: []attache.Event{{Type: "statement", Participants: []string{"<script>x</script>"}, Evidence: `<img src=x onerror="window.pwned=1">`, Salience: "reported"}}}}
	if err := st.PutArticle(ctx, h); err != nil {
		t.Fatal(err)
	}
	dtext := "Vietnam sent 63 officers of Level-2 Field Hospital Rotation 6 to the UN Mission in South Sudan (UNMISS) on May 5, 2024, including 12 women."
	d := &attache.Article{ID: attache.ArticleID(dtext), Title: "Field hospital rotation leaves for UNMISS", Source: "VNA", Published: "2024-05-06",
		Format: "text", Original: []byte(dtext), Text: dtext, IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Doc: "deploy.txt", Entities: []attache.Entity{
			{ID: "e1", Type: attache.Country, Name: "Vietnam", Country: "VN", Mentions: []attache.Mention{mention(t, dtext, "Vietnam")}},
			{ID: "e2", Type: attache.Organization, Name: "UN Mission in South Sudan", Aliases: []string{"UNMISS"}, Mentions: []attache.Mention{mention(t, dtext, "UN Mission in South Sudan")}},
		}, Events: []attache.Event{{Type: "deployment", Date: "2024-05-05", Participants: []string{"VN", "Level-2 Field Hospital Rotation 6"},
			Mission: "UNMISS", Unit: "Level-2 Field Hospital", Rotation: "6", Personnel: 63, Women: 12, Salience: "main", Evidence: dtext, End: len(dtext)}}}}
	if err := st.PutArticle(ctx, d); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledgeOf(t, st).Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	return a.ID, h.ID
}

var (
	testKBOnce sync.Once
	testKB     *kb.KB
	testKBErr  error
)

// knowledgeOf is the real knowledge-base service over a test store, with
// the bundled knowledge files.
func knowledgeOf(t testing.TB, st attache.Store) *resolve.Service {
	t.Helper()
	testKBOnce.Do(func() { testKB, testKBErr = kb.Default() })
	if testKBErr != nil {
		t.Fatal(testKBErr)
	}
	ks, ok := st.(attache.KnowledgeStore)
	if !ok {
		t.Fatalf("%T keeps no knowledge base", st)
	}
	return &resolve.Service{Articles: st, Knowledge: ks, KB: testKB}
}

// kbCorrector adapts the knowledge-base service to Corrector as
// cmd/attache does, so that tests correct the real knowledge base.
type kbCorrector struct{ svc *resolve.Service }

func (c kbCorrector) Correct(ctx context.Context, sc Correction) (Correction, error) {
	ac := attache.Correction{Kind: StoreKind(sc.Kind), Entity: sc.Entity, Target: sc.Target, Value: sc.Value, Note: sc.Note}
	out, err := c.svc.Correct(ctx, ac)
	if err != nil {
		return sc, err
	}
	return fromKB(out), nil
}

func (c kbCorrector) Undo(ctx context.Context, id string) (Correction, error) {
	out, err := c.svc.Undo(ctx, id)
	if err != nil {
		return Correction{}, err
	}
	return fromKB(out), nil
}

func (c kbCorrector) Corrections(ctx context.Context, after string, limit int) ([]Correction, error) {
	cs, err := c.svc.Knowledge.LatestCorrections(ctx, after, limit)
	var out []Correction
	for _, ac := range cs {
		out = append(out, fromKB(ac))
	}
	return out, err
}

func fromKB(c attache.Correction) Correction {
	return Correction{ID: c.ID, Kind: APIKind(c.Kind), Entity: c.Entity, Target: c.Target, Value: c.Value, Note: c.Note, At: c.At, Undone: c.Undone}
}

// newTestServer builds a Server over a temp store (seed it with
// seedArticles) with the real knowledge base and corrector.
func newTestServer(t testing.TB, token string) (*Server, attache.Store) {
	t.Helper()
	st := mustOpenStore(t)
	svc := knowledgeOf(t, st)
	s, err := New(Config{Store: st, Knowledge: query.New(st, svc.Knowledge, svc), Corrector: kbCorrector{svc}, Token: token, Countries: map[string]string{"VN": "Vietnam", "RU": "Russia", "FR": "France"}})
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

// do sends a request from loopback through the whole handler.
func do(t testing.TB, h http.Handler, method, target, body string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	var r *http.Request
	if body != "" {
		r = httptest.NewRequest(method, target, strings.NewReader(body))
	} else {
		r = httptest.NewRequest(method, target, nil)
	}
	r.RemoteAddr = "127.0.0.1:40000"
	r.Host = "localhost:8080" // as a browser on this machine addresses the server
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i] == "Host" {
			r.Host = hdr[i+1]
			continue
		}
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func newRecorder() *httptest.ResponseRecorder { return httptest.NewRecorder() }
