package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"attache"
)

func TestChooseStart(t *testing.T) {
	for _, c := range []struct {
		words, dates int
		want         searchSide
	}{
		{3, 1000, fromWords},   // rare words, wide dates
		{3, 3, fromWords},      // as narrow: the words' walk is as short
		{999, 1000, fromWords}, // just under the probe
		{1000, 5, fromSet},     // common words, narrow dates: the dates' set
		{40, 5, fromSet},       // both narrow, the dates narrower
		{1000, 1000, fromSet},  // both wide
	} {
		if got := chooseStart(c.words, c.dates, 1000); got != c.want {
			t.Errorf("chooseStart(%d, %d) = %v, want %v", c.words, c.dates, got, c.want)
		}
	}
}

func TestChooseSampled(t *testing.T) {
	for _, c := range []struct {
		seen, passed int
		want         searchSide
	}{
		{30, 0, fromWords},    // rare words: all their matches seen
		{200, 200, fromWords}, // a filter every match passes
		{200, 25, fromWords},  // one in eight
		{200, 24, fromSet},    // fewer: the walk would run long
		{200, 0, fromSet},
	} {
		if got := chooseSampled(c.seen, c.passed, 200); got != c.want {
			t.Errorf("chooseSampled(%d, %d) = %v, want %v", c.seen, c.passed, got, c.want)
		}
	}
}

// dateSearchBase stores 30 reports that all say "cooperation", every
// tenth also "corvette", each with an event on its own day of 2020 and
// every third with a second event, a range, in May 2021.
func dateSearchBase(t *testing.T) *DB {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "dates.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for i := range 30 {
		text := fmt.Sprintf("The minister discussed defence cooperation with delegation %d.", i)
		if i%10 == 0 {
			text += " A corvette of the navy called at the port."
		}
		events := []attache.Event{{Type: "meeting", Date: fmt.Sprintf("2020-01-%02d", i+1)}}
		if i%3 == 0 {
			events = append(events, attache.Event{Type: "visit", Date: fmt.Sprintf("2021-05-%02d/2021-05-%02d", i%28+1, i%28+2)})
		}
		a := &attache.Article{ID: fmt.Sprintf("a%02d", i), Title: fmt.Sprintf("Report %d", i), Text: text,
			Published: fmt.Sprintf("2021-06-%02d", i%28+1), Extraction: &attache.Extraction{Events: events}}
		if err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// TestSearchStartsAgree checks that a search filtered by event dates
// finds the same hits, in the same order, whichever side it starts from,
// and that rare words start from their matches.
func TestSearchStartsAgree(t *testing.T) {
	db := dateSearchBase(t)
	ctx := context.Background()
	for _, q := range []attache.SearchQuery{
		{Query: "corvette", EventFrom: "2020"},
		{Query: "corvette", EventTo: "2020-01-15"},
		{Query: "corvette", EventFrom: "2021-05", EventTo: "2021-05"},
		{Query: "cooperation", EventFrom: "2020-01-05", EventTo: "2020-01-09"},
		{Query: "cooperation", EventFrom: "2021", Type: "visit", From: "2021-06-03"},
		{Query: "cooperation navy", EventTo: "2021-05-01"},
		{Query: "cooperation", EventFrom: "2022"},
		{Query: "cooperation", EventFrom: "2020-01-02", EventTo: "2021-05-04", Limit: 4, Offset: 3},
		// filters other than event dates, checked either way too
		{Query: "cooperation", From: "2021-06-10"},
		{Query: "cooperation", Type: "visit"},
		{Query: "corvette", Type: "meeting", To: "2021-06-20"},
		{Query: "cooperation", Source: "nobody"},
		{Query: "cooperation", Type: "visit", Limit: 2, Offset: 3},
	} {
		sf, err := searchWhere(q)
		if err != nil {
			t.Fatal(err)
		}
		limit := max(q.Limit, defaultSearchLimit)
		set, _, err := db.rankHits(ctx, q, sf, fromSet, limit)
		if err != nil {
			t.Fatalf("%+v from the set: %v", q, err)
		}
		words, _, err := db.rankHits(ctx, q, sf, fromWords, limit)
		if err != nil {
			t.Fatalf("%+v from the words: %v", q, err)
		}
		if !reflect.DeepEqual(hitIDs(set), hitIDs(words)) {
			t.Errorf("%+v: from the set %v, from the words %v", q, hitIDs(set), hitIDs(words))
		}
	}
	// a range's start date counts: a00's visit starts on 1 May
	for _, c := range []struct {
		q    attache.SearchQuery
		want []string
	}{
		{attache.SearchQuery{Query: "corvette", EventFrom: "2021-05"}, []string{"a00"}},
		{attache.SearchQuery{Query: "corvette", EventFrom: "2021-05-02"}, []string{}},
		{attache.SearchQuery{Query: "corvette", EventFrom: "2020", EventTo: "2020-01-11"}, []string{"a00", "a10"}},
	} {
		if got := hitIDs(mustSearch(t, db, c.q)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%+v: got %v, want %v", c.q, got, c.want)
		}
	}
	for _, c := range []struct {
		q    attache.SearchQuery
		want searchSide
	}{
		{attache.SearchQuery{Query: "corvette", EventFrom: "2020"}, fromWords},                               // 3 matches, 40 date rows
		{attache.SearchQuery{Query: "cooperation", EventFrom: "2020-01-05", EventTo: "2020-01-06"}, fromSet}, // 30 matches, 2 date rows
	} {
		sf, err := searchWhere(c.q)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := db.searchStart(ctx, sf); err != nil || got != c.want {
			t.Errorf("%+v starts from %v (%v), want %v", c.q, got, err, c.want)
		}
	}
}

func mustSearch(t *testing.T, db *DB, q attache.SearchQuery) []attache.SearchHit {
	t.Helper()
	hits, err := db.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

func hitIDs(hits []attache.SearchHit) []string {
	ids := []string{}
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	return ids
}

// TestSearchFiltersReadNoArticleRows: the set of articles a search's
// filters let through is read from indexes alone. An entity or an event
// type names its articles by id, checked against their dates and source
// in articles_id_published (migration 015); event dates alone are their
// index range. A look-up of each article in the table reads its text too:
// at 100k reports that was most of a filtered search's time.
func TestSearchFiltersReadNoArticleRows(t *testing.T) {
	db := dateSearchBase(t)
	for _, c := range []struct {
		q    attache.SearchQuery
		want string
	}{
		{attache.SearchQuery{Query: "cooperation", Type: "visit", From: "2021-01-01", To: "2021-12-31"}, "SEARCH a USING COVERING INDEX articles_id_published (id=? AND published>? AND published<?)"},
		{attache.SearchQuery{Query: "cooperation", Entity: "Vietnam", From: "2020-01-01"}, "SEARCH a USING COVERING INDEX articles_id_published (id=? AND published>?)"},
		{attache.SearchQuery{Query: "cooperation", EventFrom: "2021-05", EventTo: "2021-05"}, "SEARCH article_event_dates USING PRIMARY KEY (date>? AND date<?)"},
	} {
		plan := searchPlan(t, db, c.q, fromSet)
		if !strings.Contains(plan, c.want) || strings.Contains(plan, "USING INTEGER PRIMARY KEY") {
			t.Errorf("%+v: plan lacks %q or reads articles by seq:\n%s", c.q, c.want, plan)
		}
	}
}

// TestSearchFromWordsChecksEachArticle: a search that walks its words'
// matches checks an entity or event type for each match's article in
// their indexes, instead of selecting every article they name first (at
// 100k reports, the ~15,000 that name a large country).
func TestSearchFromWordsChecksEachArticle(t *testing.T) {
	db := dateSearchBase(t)
	for _, c := range []struct {
		q    attache.SearchQuery
		want string
	}{
		{attache.SearchQuery{Query: "cooperation", Entity: "Vietnam"}, "SEARCH k USING COVERING INDEX entity_keys_key_article (key=? AND article_id=?)"},
		{attache.SearchQuery{Query: "cooperation", Type: "visit", From: "2021"}, "SEARCH e USING COVERING INDEX events_type_article (type=? AND article_id=?)"},
	} {
		plan := searchPlan(t, db, c.q, fromWords)
		if !strings.Contains(plan, c.want) || strings.Contains(plan, "LIST SUBQUERY") {
			t.Errorf("%+v: plan lacks %q or selects a list first:\n%s", c.q, c.want, plan)
		}
	}
}

// searchPlan is SQLite's plan of the matches of q's words that pass its
// filters, checked as start says.
func searchPlan(t *testing.T, db *DB, q attache.SearchQuery, start searchSide) string {
	t.Helper()
	sf, err := searchWhere(q)
	if err != nil {
		t.Fatal(err)
	}
	w, args := sf.conds(start)
	return queryPlan(t, db, `SELECT articles_fts.rowid FROM articles_fts WHERE articles_fts MATCH ? AND `+sf.filterClause(start, w),
		append([]any{sf.match}, args...)...)
}
