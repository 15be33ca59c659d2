package query_test

import (
	"context"
	"path/filepath"
	"testing"

	"attache"
	"attache/kb"
	"attache/query"
	"attache/resolve"
	"attache/sqlite"
)

// mustReader opens a temp SQLite store holding a small hand-built
// knowledge base and returns the read side over it.
func mustReader(t *testing.T) *query.Service {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "attache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []*attache.Article{
		{ID: "a1", Title: "Talks", Text: "The ministers held talks.", Published: "2025-01-10", Format: "text"},
		{ID: "a2", Title: "Visit", Text: "The minister visited the academy.", Published: "2025-02-11", Format: "text"},
	} {
		if err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	err = db.ReplaceKnowledge(ctx, &attache.Knowledge{
		Entities: []attache.KBEntity{
			{ID: "person:anna-berg", Type: attache.Person, Name: "Anna Berg", Country: "SE", Articles: 2, Aliases: []string{"Berg"},
				Positions: []attache.Position{{Kind: attache.PositionPost, Value: "Minister of Defence", AsOf: "2025-01-10", ArticleID: "a1"}}},
			{ID: "person:tomas-lind", Type: attache.Person, Name: "Tomas Lind", Country: "NO", Articles: 1, Aliases: []string{}},
			{ID: "organization:coast-guard", Type: attache.Organization, Name: "Coast Guard", Articles: 1, Aliases: []string{}},
		},
		Links: []attache.EntityLink{
			{ArticleID: "a1", EntityIdx: 0, EntityID: "person:anna-berg", Name: "Anna Berg"},
			{ArticleID: "a1", EntityIdx: 1, EntityID: "person:tomas-lind", Name: "Tomas Lind"},
		},
		Events: []attache.KBEvent{
			{ID: "event:a1#0", Type: "meeting", Date: "2025-01-10", Participants: []string{"person:anna-berg", "person:tomas-lind"}, Countries: []string{"SE", "NO"},
				Sources: []attache.EventSource{{ArticleID: "a1", Published: "2025-01-10"}}},
			{ID: "event:a2#0", Type: "visit", Name: "opened", Date: "2025-02-11", Participants: []string{"person:anna-berg"}, Countries: []string{"SE"},
				Sources: []attache.EventSource{{ArticleID: "a2", Published: "2025-02-11", Evidence: "The minister opened the new library of the academy."}}},
			{ID: "event:a2#1", Type: "meeting", Date: "2025-02-12", Participants: []string{"person:anna-berg"}, Countries: []string{"SE"},
				Sources: []attache.EventSource{{ArticleID: "a2", Idx: 1, Published: "2025-02-11"}}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return query.New(db, db, &resolve.Service{Articles: db, Knowledge: db, KB: k})
}

func TestListEntitiesPagesTheWholeBase(t *testing.T) {
	r := mustReader(t)
	page, err := r.ListEntities(context.Background(), attache.KBEntityFilter{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 3 || len(page.Entities) != 2 || page.Entities[0].ID != "person:anna-berg" {
		t.Errorf("first page: %+v", page)
	}
	page, err = r.ListEntities(context.Background(), attache.KBEntityFilter{Type: attache.Organization})
	if err != nil || page.Total != 1 || page.Entities[0].Name != "Coast Guard" {
		t.Errorf("organisations: %+v, %v", page, err)
	}
}

func TestProfileCarriesFactIDs(t *testing.T) {
	r := mustReader(t)
	p, err := r.EntityProfile(context.Background(), "Anna Berg")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Entity.Positions) != 1 {
		t.Fatalf("positions: %+v", p.Entity.Positions)
	}
	pos := p.Entity.Positions[0]
	if want := resolve.PositionFactID(p.Entity.ID, pos.Kind, pos.Value); pos.Fact != want || want == "" {
		t.Errorf("fact id %q, want %q", pos.Fact, want)
	}
}

func TestArticleLinksReadsStoredLinks(t *testing.T) {
	r := mustReader(t)
	links, err := r.ArticleLinks(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 2 || links[1].EntityID != "person:tomas-lind" {
		t.Errorf("links: %+v", links)
	}
}

func TestFindEventsPagesWithTotal(t *testing.T) {
	r := mustReader(t)
	ctx := context.Background()
	list, err := r.FindEvents(ctx, attache.EventQuery{Entity: "Berg", Limit: 1, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if list.Total != 3 || len(list.Events) != 1 || list.Events[0].ID != "event:a2#0" {
		t.Errorf("second page of Berg's events: total %d, %+v", list.Total, list.Events)
	}
	list, err = r.FindEvents(ctx, attache.EventQuery{Type: "meeting"})
	if err != nil || list.Total != 2 || len(list.Events) != 2 {
		t.Errorf("all meetings: %+v, %v", list, err)
	}
}
