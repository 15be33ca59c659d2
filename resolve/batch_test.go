package resolve_test

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"testing"

	"attache"
	"attache/kb"
	"attache/resolve"
	"attache/sqlite"
)

// TestResolveBatchesEqualRebuild stores the sample and dev corpora in
// shuffled orders and resolves them in batches of random sizes (some in
// date order, which extends the last build; some not, which builds again):
// the knowledge base is the one a rebuild gives, and nothing stays pending.
func TestResolveBatchesEqualRebuild(t *testing.T) {
	ctx := context.Background()
	k := defaultKB(t)
	arts := extracted(t, k, sampleAndDev(t))
	rng := rand.New(rand.NewPCG(15, 3))
	for round, dated := range []bool{false, true, false} {
		shuffled := append([]*attache.Article(nil), arts...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if dated {
			sort.SliceStable(shuffled, func(i, j int) bool { return shuffled[i].Published < shuffled[j].Published })
		}
		path, db, svc := storeService(t, k)
		for len(shuffled) > 0 {
			n := min(len(shuffled), 1+rng.IntN(6))
			batch := shuffled[:n]
			shuffled = shuffled[n:]
			for _, a := range batch {
				if err := db.PutArticle(ctx, a); err != nil {
					t.Fatal(err)
				}
			}
			if err := svc.ResolveArticles(ctx, batch); err != nil {
				t.Fatal(err)
			}
		}
		if ids, err := db.PendingArticles(ctx); err != nil || len(ids) > 0 {
			t.Errorf("round %d: %d articles left pending (%v)", round, len(ids), err)
		}
		batched := dumpKnowledge(t, path)
		if _, err := svc.Rebuild(ctx); err != nil {
			t.Fatal(err)
		}
		if dumpKnowledge(t, path) != batched {
			t.Errorf("round %d (dated %v): resolving in batches and rebuilding give different knowledge bases", round, dated)
		}
	}
}

// TestResolveNewerDefersOlder: ResolveNewer resolves a batch only when it
// comes after all that is resolved; an older batch changes nothing and
// stays pending, and so may newer batches after it, until ResolveDeferred
// resolves every pending article: the knowledge base is then the one a
// rebuild gives, and nothing stays pending.
func TestResolveNewerDefersOlder(t *testing.T) {
	ctx := context.Background()
	k := defaultKB(t)
	arts := extracted(t, k, sampleAndDev(t))
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Published < arts[j].Published })
	path, db, svc := storeService(t, k)
	put := func(batch []*attache.Article) {
		t.Helper()
		for _, a := range batch {
			if err := db.PutArticle(ctx, a); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The newest half first, in two batches in date order: both resolve.
	half := len(arts) / 2
	quarter := half + (len(arts)-half)/2
	for _, batch := range [][]*attache.Article{arts[half:quarter], arts[quarter:]} {
		put(batch)
		if done, err := svc.ResolveNewer(ctx, batch); err != nil || !done {
			t.Fatalf("a batch newer than all resolved: resolved %v (%v), want true", done, err)
		}
	}
	before := dumpKnowledge(t, path)
	// Then the oldest: left pending, the knowledge base untouched.
	older := arts[:half]
	put(older)
	if done, err := svc.ResolveNewer(ctx, older); err != nil || done {
		t.Fatalf("a batch older than those resolved: resolved %v (%v), want false", done, err)
	}
	if ids, err := db.PendingArticles(ctx); err != nil || len(ids) != len(older) {
		t.Errorf("%d articles pending (%v), want the %d left", len(ids), err, len(older))
	}
	if dumpKnowledge(t, path) != before {
		t.Error("a batch left pending changed the knowledge base")
	}
	if err := svc.ResolveDeferred(ctx); err != nil {
		t.Fatal(err)
	}
	equalsRebuild(t, db, svc, path, "resolving the deferred articles")
}

// TestResolveAfterDeferred: ResolveDeferred keeps no build, so the batch
// after it (one newer article, then one older) builds again from the
// store: the knowledge base is still the one a rebuild gives.
func TestResolveAfterDeferred(t *testing.T) {
	ctx := context.Background()
	k := defaultKB(t)
	arts := extracted(t, k, sampleAndDev(t))
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Published < arts[j].Published })
	path, db, svc := storeService(t, k)
	oldest, newest, rest := arts[0], arts[len(arts)-1], arts[1:len(arts)-1]
	for _, a := range rest {
		if err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := svc.ResolveDeferred(ctx); err != nil {
		t.Fatal(err)
	}
	for _, a := range []*attache.Article{newest, oldest} {
		if err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		if err := svc.ResolveArticles(ctx, []*attache.Article{a}); err != nil {
			t.Fatal(err)
		}
	}
	equalsRebuild(t, db, svc, path, "resolving after a deferred resolution")
}

// equalsRebuild checks that no article stays pending and that a rebuild
// leaves the knowledge base as it is; what says how it was resolved.
func equalsRebuild(t *testing.T, db *sqlite.DB, svc *resolve.Service, path, what string) {
	t.Helper()
	ctx := context.Background()
	if ids, err := db.PendingArticles(ctx); err != nil || len(ids) > 0 {
		t.Errorf("%s: %d articles left pending (%v)", what, len(ids), err)
	}
	resolved := dumpKnowledge(t, path)
	if _, err := svc.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	if dumpKnowledge(t, path) != resolved {
		t.Errorf("%s and rebuilding give different knowledge bases", what)
	}
}

// storeService opens a SQLite store in a temporary folder (closed when
// the test ends) and a resolve.Service on it.
func storeService(t *testing.T, k *kb.KB) (string, *sqlite.DB, *resolve.Service) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kb.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return path, db, &resolve.Service{Articles: db, Knowledge: db, KB: k}
}
