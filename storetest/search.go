package storetest

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"attache"
)

// search runs q and fails the test on error.
func search(t *testing.T, s attache.Store, q attache.SearchQuery) []attache.SearchHit {
	t.Helper()
	hits, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("search %+v: %v", q, err)
	}
	return hits
}

func sortedIDs(hits []attache.SearchHit) []string {
	out := ids(hits)
	slices.Sort(out)
	return out
}

func testSearch(t *testing.T, s attache.Store) {
	MustPut(t, s, filterSet()...)
	cases := []struct {
		query string
		want  []string // in rank order
	}{
		{"peacekeeping", []string{"a-juba", "a-hanoi"}}, // five times in juba, once in hanoi
		{"exercise", []string{"a-jakarta"}},
		{"joint exercise", []string{"a-jakarta"}},     // all words must match
		{`"joint training"`, []string{"a-tokyo"}},     // a phrase
		{"peacekeep*", []string{"a-juba", "a-hanoi"}}, // a prefix
		{"ARAFURA", []string{"a-jakarta"}},            // case-insensitive
		{"submarine", nil},
	}
	for _, c := range cases {
		hits := search(t, s, attache.SearchQuery{Query: c.query})
		if !reflect.DeepEqual(ids(hits), c.want) {
			t.Errorf("%q: got %v, want %v", c.query, ids(hits), c.want)
		}
		for i := 1; i < len(hits); i++ {
			if hits[i].Rank < hits[i-1].Rank {
				t.Errorf("%q: hits not in rank order: %v", c.query, hits)
			}
		}
	}
	// A title match outweighs one more mention in the body.
	MustPut(t, s, plain("title-hit", "Arafura patrol", "Ships patrolled.", "2024-01-01", "X"),
		plain("body-hit", "Patrol", "Ships patrolled the Arafura and the Arafura Sea.", "2024-01-01", "X"))
	hits := search(t, s, attache.SearchQuery{Query: "arafura", Source: "X"})
	if got := ids(hits); len(got) != 2 || got[0] != "title-hit" {
		t.Errorf("title weight: got %v, want title-hit first", got)
	}
	h := search(t, s, attache.SearchQuery{Query: "exercise"})[0]
	if h.Title != "Navies exercise in the Arafura Sea" || h.Source != "Antara" || h.Published != "2024-07-15" {
		t.Errorf("hit metadata: %+v", h)
	}
}

func testSearchSnippet(t *testing.T, s attache.Store) {
	MustPut(t, s, filterSet()...)
	h := search(t, s, attache.SearchQuery{Query: "sailors"})
	if len(h) != 1 {
		t.Fatalf("sailors: %v", ids(h))
	}
	if !strings.Contains(h[0].Snippet, attache.Mark+"sailors"+attache.EndMark) {
		t.Errorf("snippet %q does not mark the match", h[0].Snippet)
	}
	// Folded matches are marked as written in the text.
	h = search(t, s, attache.SearchQuery{Query: "ha noi", Source: "VNA"})
	if len(h) != 1 || !strings.Contains(h[0].Snippet, attache.Mark+"Hà"+attache.EndMark) {
		t.Errorf("snippet of folded match: %+v", h)
	}
	// Snippets are excerpts, not whole texts.
	long := strings.Repeat("The delegation discussed maritime security cooperation at length. ", 200) + "Finally a frigate."
	MustPut(t, s, plain("long", "Long", long, "", ""))
	h = search(t, s, attache.SearchQuery{Query: "frigate"})
	if len(h) != 1 || len(h[0].Snippet) > 1000 || !strings.Contains(h[0].Snippet, attache.Mark+"frigate"+attache.EndMark) {
		t.Errorf("long snippet: %d bytes %q", len(h[0].Snippet), h[0].Snippet)
	}
}

func testSearchDiacritics(t *testing.T, s attache.Store) {
	MustPut(t, s, filterSet()...)
	cases := []struct {
		query string
		want  []string
	}{
		{"ha noi", []string{"a-hanoi", "a-jakarta"}}, // "Hà Nội" and "Ha Noi"
		{"Hà Nội", []string{"a-hanoi", "a-jakarta"}},
		{`"HA NOI"`, []string{"a-hanoi", "a-jakarta"}},
		{"Việt Nam", []string{"a-juba"}},
		{"phan van giang", []string{"a-hanoi"}},
	}
	for _, c := range cases {
		if got := sortedIDs(search(t, s, attache.SearchQuery{Query: c.query})); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.query, got, c.want)
		}
	}
}

func testSearchFilters(t *testing.T, s attache.Store) {
	MustPut(t, s, filterSet()...)
	cases := []struct {
		name string
		q    attache.SearchQuery
		want []string
	}{
		{"from", attache.SearchQuery{Query: "peacekeeping", From: "2025-01-01"}, []string{"a-hanoi"}},
		{"to", attache.SearchQuery{Query: "peacekeeping", To: "2024-12"}, []string{"a-juba"}},
		{"source", attache.SearchQuery{Query: "ha noi", Source: "Antara"}, []string{"a-jakarta"}},
		{"limit", attache.SearchQuery{Query: "peacekeeping", Limit: 1}, []string{"a-juba"}},
		{"offset", attache.SearchQuery{Query: "peacekeeping", Offset: 1}, []string{"a-hanoi"}},
		{"filters only list by date", attache.SearchQuery{Source: "VNA"}, []string{"a-hanoi", "a-juba"}},
		{"undated excluded by a date filter", attache.SearchQuery{Query: "agreement", From: "2000"}, nil},
	}
	for _, c := range cases {
		if got := ids(search(t, s, c.q)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	for _, h := range search(t, s, attache.SearchQuery{Source: "VNA"}) {
		if h.Snippet == "" || len(h.Snippet) > 400 {
			t.Errorf("listing snippet of %s: %q", h.ID, h.Snippet)
		}
	}
	ctx := context.Background()
	for _, q := range []attache.SearchQuery{
		{}, {Query: "   "}, {Query: `"" * ^`}, {Query: "x", From: "2024-1-1"}, {Query: "x", Limit: -1},
	} {
		_, err := s.Search(ctx, q)
		wantCode(t, err, attache.EINVALID, "query "+strings.TrimSpace(q.Query+" "+q.From))
	}
}

// testSearchHostile feeds FTS5 syntax and SQL fragments as user words:
// none may surface as an error, and the store stays intact.
func testSearchHostile(t *testing.T, s attache.Store) {
	MustPut(t, s, filterSet()...)
	ctx := context.Background()
	for _, q := range []string{
		"AND", "OR", "NOT exercise", "exercise OR", "NEAR(joint exercise)", "title:exercise", "{title}: exercise",
		`"unclosed phrase`, `exercise)`, `(exercise`, "^exercise", "-exercise", "exercise -navies", "+exercise",
		`a"b"c`, "'; DROP TABLE articles; --", "ADMM+", "exercise**", "*exercise", "e\x00x", "exercise\x1b[31m",
		"\u200bexercise", "rowid:1", "exercise AND OR NOT",
	} {
		if _, err := s.Search(ctx, attache.SearchQuery{Query: q}); err != nil {
			t.Errorf("query %q: %v", q, err)
		}
	}
	if got := ids(search(t, s, attache.SearchQuery{Query: "-exercise"})); !reflect.DeepEqual(got, []string{"a-jakarta"}) {
		t.Errorf("-exercise: got %v, want the word searched for", got)
	}
	if _, total, err := s.FindArticles(ctx, attache.ArticleFilter{}); err != nil || total != 4 {
		t.Errorf("store damaged: total %d, %v", total, err)
	}
}

func testSearchEntityType(t *testing.T, s attache.Store) {
	MustPut(t, s, filterSet()...)
	cases := []struct {
		name string
		q    attache.SearchQuery
		want []string
	}{
		{"entity without diacritics", attache.SearchQuery{Entity: "Phan Van Giang"}, []string{"a-hanoi"}},
		{"entity by alias", attache.SearchQuery{Entity: "general giang"}, []string{"a-hanoi"}},
		{"entity acronym", attache.SearchQuery{Entity: "UNMISS"}, []string{"a-juba"}},
		{"entity folded name", attache.SearchQuery{Entity: "the U.N. Mission in  South Sudan"}, []string{"a-juba"}},
		{"entity and words", attache.SearchQuery{Query: "peacekeeping", Entity: "Phan Văn Giang"}, []string{"a-hanoi"}},
		{"unknown entity", attache.SearchQuery{Entity: "Nobody Known"}, nil},
		{"type", attache.SearchQuery{Type: "deployment"}, []string{"a-juba"}},
		{"type and words", attache.SearchQuery{Query: "peacekeeping", Type: "meeting"}, []string{"a-hanoi"}},
		{"type and entity disagree", attache.SearchQuery{Type: "meeting", Entity: "UNMISS"}, nil},
		{"event date from", attache.SearchQuery{EventFrom: "2025-01-01"}, []string{"a-hanoi"}},
		{"event month to, inclusive", attache.SearchQuery{EventTo: "2024-11"}, []string{"a-juba"}},
		{"event day range on a month's event", attache.SearchQuery{EventFrom: "2024-11", EventTo: "2024-11-30"}, []string{"a-juba"}},
		{"event year and words", attache.SearchQuery{Query: "peacekeeping", EventFrom: "2025", EventTo: "2025"}, []string{"a-hanoi"}},
		{"event dates outside", attache.SearchQuery{EventFrom: "2023-01-01", EventTo: "2023-12-31"}, nil},
	}
	for _, c := range cases {
		if got := ids(search(t, s, c.q)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	// Re-extraction moves an article's event to another year: the event
	// dates the filter reads follow the write.
	x := &attache.Extraction{Events: []attache.Event{{Type: "deployment", Date: "2023-05-02"}}}
	if err := s.ReplaceExtraction(context.Background(), "a-juba", x); err != nil {
		t.Fatal(err)
	}
	if got := ids(search(t, s, attache.SearchQuery{EventFrom: "2023", EventTo: "2023"})); !reflect.DeepEqual(got, []string{"a-juba"}) {
		t.Errorf("event dates after re-extraction: got %v, want a-juba", got)
	}
	if got := ids(search(t, s, attache.SearchQuery{EventFrom: "2024", EventTo: "2024-11"})); got != nil {
		t.Errorf("former event date after re-extraction: got %v, want none", got)
	}
	if got := ids(search(t, s, attache.SearchQuery{EventTo: "2024-11"})); !reflect.DeepEqual(got, []string{"a-juba"}) {
		t.Errorf("event dates up to a month after re-extraction: got %v, want a-juba", got)
	}
	_, err := s.Search(context.Background(), attache.SearchQuery{Entity: "!!!"})
	wantCode(t, err, attache.EINVALID, "entity with no letters")
	_, err = s.Search(context.Background(), attache.SearchQuery{EventFrom: "last year"})
	wantCode(t, err, attache.EINVALID, "bad event date")
}

// testSearchEventDateBounds: an event-date filter keeps the events that
// start on the last day, month or year of its range, including a range
// of dates that starts there ("2024-11-30/2024-12-02"), and no later
// one, across month and year ends.
func testSearchEventDateBounds(t *testing.T, s attache.Store) {
	dated := func(id, date string) *attache.Article {
		a := plain(id, "Talks "+id, "Defence officials held talks on cooperation.", "2025-06-01", "VNA")
		a.Extraction = &attache.Extraction{Events: []attache.Event{{Type: "meeting", Date: date, Salience: "main"}}}
		return a
	}
	MustPut(t, s,
		dated("d-sep30", "2024-09-30"), dated("d-oct", "2024-10"), dated("d-nov30", "2024-11-30/2024-12-02"),
		dated("d-dec01", "2024-12-01"), dated("d-dec31", "2024-12-31"), dated("d-2025", "2025"), dated("d-jan01", "2025-01-01"))
	cases := []struct {
		from, to string
		want     []string
	}{
		{"", "2024-09", []string{"d-sep30"}},
		{"", "2024-09-30", []string{"d-sep30"}},
		{"2024-10", "2024-11", []string{"d-nov30", "d-oct"}},
		{"2024-11-30", "2024-11-30", []string{"d-nov30"}},
		{"2024-12", "2024-12", []string{"d-dec01", "d-dec31"}},
		{"2024-12-31", "2024", []string{"d-dec31"}},
		{"2024", "2024", []string{"d-dec01", "d-dec31", "d-nov30", "d-oct", "d-sep30"}},
		{"2025", "2025-01-01", []string{"d-2025", "d-jan01"}},
		{"2024-12-02", "2024-12-30", nil},
	}
	for _, c := range cases {
		got := ids(search(t, s, attache.SearchQuery{EventFrom: c.from, EventTo: c.to, Limit: 20}))
		slices.Sort(got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("event dates %q to %q: got %v, want %v", c.from, c.to, got, c.want)
		}
	}
}
