package postgres_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"sync"
	"testing"

	"attache"
	"attache/internal/pgtest"
	"attache/kb"
	"attache/postgres"
	"attache/resolve"
	"attache/storetest"
)

// snapshot is everything a knowledge base holds, as JSON, for comparing
// two bases: entities with aliases and positions, events with parties
// and sources, every article's links, and the articles still pending.
func snapshot(t *testing.T, s *postgres.Store) string {
	t.Helper()
	ctx := context.Background()
	ents, _, err := s.FindKBEntities(ctx, attache.KBEntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var full []*attache.KBEntity
	for _, e := range ents {
		f, err := s.KBEntity(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		full = append(full, f)
	}
	evs, err := s.KBEvents(ctx, attache.KBEventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	arts, _, err := s.FindArticles(ctx, attache.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	links := map[string][]attache.EntityLink{}
	for _, a := range arts {
		if links[a.ID], err = s.ArticleLinks(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	pending, err := s.PendingArticles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(map[string]any{"articles": len(arts), "entities": full, "events": evs,
		"links": links, "pending": pending}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sameBase fails the test when two snapshots differ, naming the first
// line that does.
func sameBase(t *testing.T, what, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := []rune(got), []rune(want)
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	from := max(0, i-300)
	t.Errorf("%s: knowledge bases differ at byte %d:\n got …%s…\nwant …%s…", what, i,
		string(g[from:min(len(g), i+200)]), string(w[from:min(len(w), i+200)]))
}

// ingestOne stores a and resolves it, as attache ingest does; a conflict
// (another worker stored it first) is not an error.
func ingestOne(ctx context.Context, s *postgres.Store, svc *resolve.Service, a *attache.Article) error {
	err := s.PutArticle(ctx, a)
	if attache.ErrorCode(err) == attache.ECONFLICT {
		return nil
	} else if err != nil {
		return err
	}
	return svc.ResolveArticle(ctx, a)
}

// TestSharedResolution runs four resolvers, each with its own connection
// pool (as four processes would), over the same database at once, each
// storing every article of the sample corpus in its own order. Every
// article is stored once, none stays pending, and the knowledge base is
// the one a single resolver makes, and the one a rebuild makes.
func TestSharedResolution(t *testing.T) {
	ctx := context.Background()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := storetest.SampleCorpus(t)

	single := mustOpen(t)
	defer single.Close()
	one := &resolve.Service{Articles: single, Knowledge: single, KB: k}
	for _, a := range docs {
		if err := ingestOne(ctx, single, one, a); err != nil {
			t.Fatal(err)
		}
	}
	want := snapshot(t, single)

	url := pgtest.URL(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		s, err := postgres.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		svc := &resolve.Service{Articles: s, Knowledge: s, KB: k}
		order := rand.New(rand.NewPCG(uint64(w), 7)).Perm(len(docs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, i := range order {
				// A copy: resolution keeps what it is given.
				a := *docs[i]
				if err := ingestOne(ctx, s, svc, &a); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	shared, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer shared.Close()
	got := snapshot(t, shared)
	sameBase(t, "four resolvers against one", got, want)

	if _, err := (&resolve.Service{Articles: shared, Knowledge: shared, KB: k}).Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	sameBase(t, "four resolvers against a rebuild", got, snapshot(t, shared))
}

// TestCorrectionWhileIngesting: an analyst's correction made through one
// process (a server) while another ingests is applied to what the
// ingesting process resolves afterwards, and survives a rebuild.
func TestCorrectionWhileIngesting(t *testing.T) {
	ctx := context.Background()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := storetest.SampleCorpus(t)
	url := pgtest.URL(t)
	open := func() (*postgres.Store, *resolve.Service) {
		s, err := postgres.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s, &resolve.Service{Articles: s, Knowledge: s, KB: k}
	}
	ingester, ingest := open()
	_, server := open()
	half := len(docs) / 2
	for _, a := range docs[:half] {
		if err := ingestOne(ctx, ingester, ingest, a); err != nil {
			t.Fatal(err)
		}
	}
	es, _, err := ingester.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Person, Limit: 1})
	if err != nil || len(es) != 1 {
		t.Fatalf("no person to correct: %v, %v", es, err)
	}
	name, renamed := es[0].Name, es[0].Name+" (corrected)"
	if _, err := server.Correct(ctx, attache.Correction{Kind: attache.CorrectRename, Entity: name, Value: renamed}); err != nil {
		t.Fatal(err)
	}
	for _, a := range docs[half:] {
		if err := ingestOne(ctx, ingester, ingest, a); err != nil {
			t.Fatal(err)
		}
	}
	found := func() bool {
		got, err := ingester.KBEntity(ctx, es[0].ID)
		return err == nil && got.Name == renamed
	}
	if !found() {
		t.Errorf("the correction made while ingesting is lost: %s is not %q", es[0].ID, renamed)
	}
	before := snapshot(t, ingester)
	if _, err := server.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	if !found() {
		t.Errorf("the correction is lost after a rebuild")
	}
	sameBase(t, "ingest after a correction against a rebuild", before, snapshot(t, ingester))
}
