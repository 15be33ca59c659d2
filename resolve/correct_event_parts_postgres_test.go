package resolve_test

import (
	"context"
	"testing"

	"attache"
	"attache/internal/pgtest"
	"attache/postgres"
)

// pgRecorder is a PostgreSQL store that counts builds, whole writes and
// the events each patch of the knowledge base deletes or writes.
type pgRecorder struct {
	*postgres.Store
	builds, wholes int
	events         []string
}

// FindArticles counts a build: a build lists every article (PostgreSQL
// is no resolve.BulkReader), nothing else in resolve lists articles.
func (r *pgRecorder) FindArticles(ctx context.Context, f attache.ArticleFilter) ([]*attache.Article, int, error) {
	r.builds++
	return r.Store.FindArticles(ctx, f)
}

func (r *pgRecorder) ReplaceKnowledge(ctx context.Context, k *attache.Knowledge) error {
	r.wholes++
	return r.Store.ReplaceKnowledge(ctx, k)
}

func (r *pgRecorder) PatchKnowledgeParties(ctx context.Context, entities, events []string, drop map[string][]string, k *attache.Knowledge) error {
	r.events = append(r.events, patchedEvents(events, drop, k)...)
	return r.Store.PatchKnowledgeParties(ctx, entities, events, drop, k)
}

func (r *pgRecorder) takeCounts() (builds, wholes int, events []string) {
	builds, wholes, events = r.builds, r.wholes, r.events
	r.builds, r.wholes, r.events = 0, 0, nil
	return builds, wholes, events
}

// TestCommandEventCorrectionsWriteTheirPartsPostgres is
// TestCommandEventCorrectionsWriteTheirParts on a PostgreSQL store: each
// event correction made as `attache correct` makes it reads the events it
// names alone (postgres.Store.KBEventsByRef) and writes them, and the
// store ends as a rebuild leaves it (a rebuild in a SQLite file: a dump
// reads both stores alike, see storetest.DumpKnowledge).
func TestCommandEventCorrectionsWriteTheirPartsPostgres(t *testing.T) {
	s, err := postgres.Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	correctByCommand(t, storeCorrectedCorpora(t, s, &pgRecorder{Store: s}))
}
