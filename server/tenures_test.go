package server

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"attache"
)

// seedEarlierPost stores an earlier article naming Phan Văn Giang with
// another wording of his post and an earlier rank.
func seedEarlierPost(t *testing.T, st attache.Store) {
	t.Helper()
	text := "Senior Lieutenant General Phan Văn Giang, the National Defence Minister, opened a training course in Hà Nội."
	a := &attache.Article{ID: attache.ArticleID(text), Title: "Training course opens", Source: "VNA", Published: "2021-03-01",
		Format: "text", Original: []byte(text), Text: text, IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Doc: "course.txt", Published: "2021-03-01", Entities: []attache.Entity{
			{ID: "e1", Type: attache.Person, Name: "Phan Văn Giang", Rank: "Senior Lieutenant General", Titles: []string{"National Defence Minister"}, Country: "VN",
				Mentions: []attache.Mention{mention(t, text, "Phan Văn Giang")}},
		}}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledgeOf(t, st).Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestEntityTenuresInAPI(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	seedEarlierPost(t, st)
	w := do(t, s.Handler(), "GET", "/api/v1/entities/Phan%20Van%20Giang", "")
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var p attache.Profile
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Tenures) != 1 {
		t.Fatalf("tenures = %+v, want the two wordings as one post", p.Tenures)
	}
	tn := p.Tenures[0]
	if tn.Post != "Minister of National Defence" || tn.Organisation != "Ministry of National Defence" ||
		tn.First != "2021-03-01" || tn.Last != "2024-12-26" || tn.Sources != 2 || tn.Former {
		t.Errorf("tenure = %+v", tn)
	}
	if len(p.Ranks) != 2 || p.Ranks[0].Rank != "Senior Lieutenant General" || p.Ranks[1].Rank != "General" || p.Ranks[1].First != "2024-12-26" {
		t.Errorf("ranks = %+v, want Senior Lieutenant General then General", p.Ranks)
	}
}

func TestEntityPageShowsTenures(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	seedEarlierPost(t, st)
	w := do(t, s.Handler(), "GET", "/entities/Phan%20Van%20Giang", "")
	if w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	}
	body := w.Body.String()
	table := sectionOf(t, body, `<table class="grid" id="tenures">`, "</table>")
	if n := strings.Count(table, "<tr>"); n != 2 { // the header and one tenure
		t.Errorf("tenure table has %d rows, want a header and one tenure:\n%s", n, table)
	}
	for _, want := range []string{"Minister of National Defence", "2021-03-01", "2024-12-26", "National Defence Minister"} {
		if !strings.Contains(table, want) {
			t.Errorf("tenure table lacks %q:\n%s", want, table)
		}
	}
	ranks := sectionOf(t, body, `<p id="ranks">`, "</p>")
	if i, j := strings.Index(ranks, "Senior Lieutenant General"), strings.Index(ranks, "<strong>General"); i < 0 || j < i {
		t.Errorf("rank progression not in date order:\n%s", ranks)
	}
	if !strings.Contains(body, `id="reports"`) {
		t.Error("the single reports are gone: corrections need them")
	}
}

// sectionOf returns the part of s from start up to the next end.
func sectionOf(t *testing.T, s, start, end string) string {
	t.Helper()
	i := strings.Index(s, start)
	if i < 0 {
		t.Fatalf("%q not found", start)
	}
	j := strings.Index(s[i:], end)
	if j < 0 {
		t.Fatalf("%q not closed by %q", start, end)
	}
	return s[i : i+j]
}

func TestPositionRowsListTheLatest(t *testing.T) {
	var ps []attache.Position
	for i := range positionsShown + 30 {
		ps = append(ps, attache.Position{Kind: "post", Value: "Chief of Staff", AsOf: time.Date(2010, 1, 1+i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)})
	}
	rows, left := positionRows(ps, false)
	if len(rows) != positionsShown || left != 30 {
		t.Fatalf("got %d rows and %d left, want %d and 30", len(rows), left, positionsShown)
	}
	if rows[0].AsOf != ps[30].AsOf || rows[len(rows)-1].AsOf != ps[len(ps)-1].AsOf {
		t.Errorf("rows run %s..%s, want the latest %s..%s", rows[0].AsOf, rows[len(rows)-1].AsOf, ps[30].AsOf, ps[len(ps)-1].AsOf)
	}
	if rows, left := positionRows(ps, true); len(rows) != len(ps) || left != 0 {
		t.Errorf("all: got %d rows and %d left, want %d and 0", len(rows), left, len(ps))
	}
	if rows, left := positionRows(ps[:3], false); len(rows) != 3 || left != 0 {
		t.Errorf("few: got %d rows and %d left, want 3 and 0", len(rows), left)
	}
}

func TestEntityPageListsEveryReportWhenFew(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	seedEarlierPost(t, st)
	body := do(t, s.Handler(), "GET", "/entities/Phan%20Van%20Giang", "").Body.String()
	if strings.Contains(body, `id="all-reports"`) {
		t.Error("a link to all reports although every report is listed")
	}
	table := sectionOf(t, body, `<table class="grid" id="positions">`, "</table>")
	if n := strings.Count(table, "<tr>"); n < 3 { // the header and a report from each article
		t.Errorf("reports table has %d rows, want every report:\n%s", n, table)
	}
}
