package resolve_test

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"testing"

	"attache"
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
		path := filepath.Join(t.TempDir(), "kb.db")
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		svc := &resolve.Service{Articles: db, Knowledge: db, KB: k}
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
