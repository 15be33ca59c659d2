package sqlite

import (
	"context"
	"slices"
	"testing"

	"attache"
)

// TestEntityNameIndexFollowsWrites: the trigram indexes that find
// entities by part of a name (migration 010) follow an entity renamed in
// place (an upsert), an alias added, and an entity deleted with its
// aliases.
func TestEntityNameIndexFollowsWrites(t *testing.T) {
	ctx := context.Background()
	db := openKB(t)
	put := func(name string, aliases ...string) {
		t.Helper()
		e := attache.KBEntity{ID: "person:p1", Type: attache.Person, Name: name, Aliases: aliases, Positions: []attache.Position{}, Articles: 1}
		if err := db.PutKnowledge(ctx, &attache.Knowledge{Entities: []attache.KBEntity{e}}); err != nil {
			t.Fatal(err)
		}
	}
	found := func(query string, want ...string) {
		t.Helper()
		es, total, err := db.FindKBEntities(ctx, attache.KBEntityFilter{Query: query})
		if got := entityIDs(es); err != nil || total != len(want) || !slices.Equal(got, want) {
			t.Errorf("%q: got %v (total %d), %v; want %v", query, got, total, err, want)
		}
	}
	put("Sergey Shoigu")
	found("shoig", "person:p1")
	put("Andrei Belousov", "Minister Belousov")
	found("shoig")
	found("ousov", "person:p1")
	found("minister bel", "person:p1")
	if err := db.PatchKnowledge(ctx, []string{"person:p1"}, nil, &attache.Knowledge{}); err != nil {
		t.Fatal(err)
	}
	found("ousov")
	found("minister")
}

func entityIDs(es []attache.KBEntity) []string {
	ids := []string{}
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	return ids
}
