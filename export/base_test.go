package export_test

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"attache"
	"attache/export"
	"attache/extract"
	"attache/ingest"
	"attache/kb"
	"attache/query"
	"attache/resolve"
	"attache/sqlite"
	"attache/storetest"
)

// sampleDir is the bundled sample corpus.
const sampleDir = "../sample/articles"

// base is a knowledge base in a temporary SQLite file, with the services
// the exporters read through.
type base struct {
	db      *sqlite.DB
	resolve *resolve.Service
	src     export.Source
}

// openBase opens an empty base in a new file of dir.
func openBase(t testing.TB, path string) *base {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := &resolve.Service{Articles: db, Knowledge: db, KB: k}
	return &base{db: db, resolve: r, src: export.Source{Articles: db, Knowledge: db, Reader: query.New(db, db, r)}}
}

// ingestBase returns a new base holding the articles of dir, ingested
// with the real extractor and resolver, with corrections and one article
// left pending resolution (see build). Each corpus is built once per
// test run; each test gets its own copy of the file.
func ingestBase(t *testing.T, dir string) *base {
	t.Helper()
	builtMu.Lock()
	file, ok := built[dir]
	if !ok {
		tmp, err := os.MkdirTemp("", "attache-export-test-")
		if err == nil {
			tempDirs = append(tempDirs, tmp)
			file = filepath.Join(tmp, "base.db")
			err = build(file, dir)
		}
		if err != nil {
			builtMu.Unlock()
			t.Fatalf("build a base of %s: %v", dir, err)
		}
		built[dir] = file
	}
	builtMu.Unlock()
	data, err := os.ReadFile(file)
	must(t, err)
	copied := filepath.Join(t.TempDir(), "source.db")
	must(t, os.WriteFile(copied, data, 0o644))
	return openBase(t, copied)
}

var (
	builtMu  sync.Mutex
	built    = map[string]string{} // corpus dir → built database file
	tempDirs []string
)

// TestMain removes the bases built for the run.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// build ingests the articles of dir into a new database at path with the
// real extractor and resolver, then records corrections (one undone) and
// stores one article without resolving it, so that every table of the
// base holds something; it closes the database, whose file then holds
// everything.
func build(path, dir string) error {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	k, err := kb.Default()
	if err != nil {
		return err
	}
	ex, err := extract.New(k)
	if err != nil {
		return err
	}
	r := &resolve.Service{Articles: db, Knowledge: db, KB: k}
	in := &ingest.Service{Store: db, Extractor: ex, Workers: 2, Resolver: r}
	if _, err := in.Ingest(ctx, []string{dir}); err != nil {
		return err
	}
	people, _, err := db.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Person, Limit: 2})
	if err != nil || len(people) < 2 {
		return fmt.Errorf("persons: %v %v", people, err)
	}
	if _, err := r.Correct(ctx, attache.Correction{Kind: attache.CorrectAliasAdd, Entity: people[0].Name, Target: `Exported "Alias", Esq.`, Note: "export test"}); err != nil {
		return err
	}
	if _, err := r.Correct(ctx, attache.Correction{Kind: attache.CorrectRename, Entity: people[1].Name, Value: people[1].Name + " Renamed"}); err != nil {
		return err
	}
	if _, err := r.Undo(ctx, ""); err != nil {
		return err
	}
	// An article stored without resolution, as an interrupted ingest
	// leaves it.
	text := "General Alpha Example met Admiral Beta Example in Hanoi."
	pending := &attache.Article{ID: "pending-article", Title: "Pending", Published: "2025-01-02", Format: "text",
		Text: text, Original: []byte(text),
		Extraction: &attache.Extraction{Doc: "pending-article", Entities: []attache.Entity{{ID: "e1", Type: attache.Person, Name: "Alpha Example",
			Aliases: []string{}, Mentions: []attache.Mention{{Start: 8, End: 21, Text: "Alpha Example"}}}}}}
	if err := db.PutArticle(ctx, pending); err != nil {
		return err
	}
	return db.Close()
}

// compareBases compares two bases table by table through the store
// interfaces: articles (with original bytes and extraction), links,
// entities (with aliases and positions), events, tallies, corrections,
// pending marks, fingerprints and full-text search.
func compareBases(t *testing.T, want, got *base) {
	t.Helper()
	ctx := context.Background()
	wa, wn, err := want.db.FindArticles(ctx, attache.ArticleFilter{})
	must(t, err)
	ga, gn, err := got.db.FindArticles(ctx, attache.ArticleFilter{})
	must(t, err)
	equal(t, "article list", wn, gn)
	equal(t, "article list", ids(wa), ids(ga))
	for _, a := range wa {
		x, err := want.db.Article(ctx, a.ID)
		must(t, err)
		y, err := got.db.Article(ctx, a.ID)
		must(t, err)
		equal(t, "article "+a.ID, x, y)
		xl, err := want.db.ArticleLinks(ctx, a.ID)
		must(t, err)
		yl, err := got.db.ArticleLinks(ctx, a.ID)
		must(t, err)
		equal(t, "links of "+a.ID, xl, yl)
	}
	we, _, err := want.db.FindKBEntities(ctx, attache.KBEntityFilter{})
	must(t, err)
	ge, _, err := got.db.FindKBEntities(ctx, attache.KBEntityFilter{})
	must(t, err)
	equal(t, "entity list", we, ge)
	for _, e := range we {
		x, err := want.db.KBEntity(ctx, e.ID)
		must(t, err)
		y, err := got.db.KBEntity(ctx, e.ID)
		must(t, err)
		equal(t, "entity "+e.ID, x, y)
		xl, err := want.db.EntityLinks(ctx, e.ID, 0)
		must(t, err)
		yl, err := got.db.EntityLinks(ctx, e.ID, 0)
		must(t, err)
		equal(t, "entity links of "+e.ID, xl, yl)
	}
	wv, err := want.db.KBEvents(ctx, attache.KBEventFilter{})
	must(t, err)
	gv, err := got.db.KBEvents(ctx, attache.KBEventFilter{})
	must(t, err)
	equal(t, "events", wv, gv)
	wt, err := want.db.KBEventTally(ctx, attache.KBEventFilter{})
	must(t, err)
	gt, err := got.db.KBEventTally(ctx, attache.KBEventFilter{})
	must(t, err)
	equal(t, "event tally", wt, gt)
	wc, err := want.db.Corrections(ctx)
	must(t, err)
	gc, err := got.db.Corrections(ctx)
	must(t, err)
	equal(t, "corrections", wc, gc)
	wp, err := want.db.PendingArticles(ctx)
	must(t, err)
	gp, err := got.db.PendingArticles(ctx)
	must(t, err)
	slices.Sort(wp)
	slices.Sort(gp)
	equal(t, "pending", wp, gp)
	wf, err := want.db.Fingerprints(ctx)
	must(t, err)
	gf, err := got.db.Fingerprints(ctx)
	must(t, err)
	byID := func(a, b attache.Fingerprint) int { return compare(a.ID, b.ID) }
	slices.SortFunc(wf, byID)
	slices.SortFunc(gf, byID)
	equal(t, "fingerprints", wf, gf)
	for _, q := range []string{"defence", "minister", "navy"} {
		wh, err := want.db.Search(ctx, attache.SearchQuery{Query: q, Limit: 100})
		must(t, err)
		gh, err := got.db.Search(ctx, attache.SearchQuery{Query: q, Limit: 100})
		must(t, err)
		// Hits of equal rank come in the order the articles were stored,
		// which the store interfaces do not tell (an import stores them
		// oldest first): compare in rank, then id order.
		for _, hs := range [][]attache.SearchHit{wh, gh} {
			slices.SortStableFunc(hs, func(a, b attache.SearchHit) int {
				return cmp.Or(cmp.Compare(a.Rank, b.Rank), strings.Compare(a.ID, b.ID))
			})
		}
		equal(t, "search "+q, wh, gh)
	}
}

func compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func ids(as []*attache.Article) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

func equal(t *testing.T, what string, want, got any) {
	t.Helper()
	if !reflect.DeepEqual(want, got) {
		t.Errorf("%s differs after the round trip:\nwant %+v\n got %+v", what, want, got)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// devDir is the shared dev corpus (skipped when absent, unless CI=true).
func devDir(t *testing.T) string { return storetest.CorpusDir(t) }
