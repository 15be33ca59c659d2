package storetest

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"testing"

	"attache"
)

// DumpKnowledge reads the whole knowledge base of s back, through the
// store's own reads, as JSON that two stores holding the same knowledge
// give alike: entities by id with their aliases and positions (sets:
// sorted), events by id with their parties in the stored order and their
// sources sorted, and the entity links of every stored article.
func DumpKnowledge(t testing.TB, s KnowledgeStore) string {
	t.Helper()
	ctx := context.Background()
	list, _, err := s.FindKBEntities(ctx, attache.KBEntityFilter{})
	if err != nil {
		t.Fatalf("dump entities: %v", err)
	}
	var k attache.Knowledge
	for _, e := range list {
		full, err := s.KBEntity(ctx, e.ID)
		if err != nil {
			t.Fatalf("dump entity %s: %v", e.ID, err)
		}
		sort.Strings(full.Aliases)
		sort.Slice(full.Positions, func(i, j int) bool {
			a, b := full.Positions[i], full.Positions[j]
			return a.Kind+a.Value+a.AsOf+a.ArticleID < b.Kind+b.Value+b.AsOf+b.ArticleID
		})
		k.Entities = append(k.Entities, *full)
	}
	sort.Slice(k.Entities, func(i, j int) bool { return k.Entities[i].ID < k.Entities[j].ID })
	evs, err := s.KBEvents(ctx, attache.KBEventFilter{})
	if err != nil {
		t.Fatalf("dump events: %v", err)
	}
	for _, ev := range evs {
		sort.Slice(ev.Sources, func(i, j int) bool {
			a, b := ev.Sources[i], ev.Sources[j]
			return a.ArticleID < b.ArticleID || (a.ArticleID == b.ArticleID && a.Idx < b.Idx)
		})
		k.Events = append(k.Events, ev)
	}
	sort.Slice(k.Events, func(i, j int) bool { return k.Events[i].ID < k.Events[j].ID })
	arts, _, err := s.FindArticles(ctx, attache.ArticleFilter{})
	if err != nil {
		t.Fatalf("dump articles: %v", err)
	}
	ids := make([]string, 0, len(arts))
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	for _, id := range ids {
		ls, err := s.ArticleLinks(ctx, id)
		if err != nil {
			t.Fatalf("dump links of %s: %v", id, err)
		}
		k.Links = append(k.Links, ls...)
	}
	b, err := json.MarshalIndent(k, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
