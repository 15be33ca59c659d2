package storetest

import (
	"context"
	"slices"
	"testing"

	"attache"
)

// entityIDs lists the ids of es in order.
func entityIDs(es []attache.KBEntity) []string {
	return keysOf(es, func(e attache.KBEntity) string { return e.ID })
}

// keysOf lists key of each of xs in order, never nil.
func keysOf[T any](xs []T, key func(T) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, key(x))
	}
	return out
}

func testFindKBEntities(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	putKnowledgeArticles(t, s)
	mustReplace(t, s, knowledge())
	cases := []struct {
		name  string
		f     attache.KBEntityFilter
		want  []string
		total int
	}{
		{"all, most mentioned first", attache.KBEntityFilter{}, []string{"person:phan-van-giang", "person:sergey-shoigu"}, 2},
		{"page", attache.KBEntityFilter{Limit: 1, Offset: 1}, []string{"person:sergey-shoigu"}, 2},
		{"past the end", attache.KBEntityFilter{Offset: 5}, []string{}, 2},
		{"name part, folded", attache.KBEntityFilter{Query: "SHOI"}, []string{"person:sergey-shoigu"}, 1},
		{"alias part", attache.KBEntityFilter{Query: "gen phan"}, []string{"person:phan-van-giang"}, 1},
		{"without diacritics", attache.KBEntityFilter{Query: "Văn"}, []string{"person:phan-van-giang"}, 1},
		{"type", attache.KBEntityFilter{Type: attache.Person, Limit: 1}, []string{"person:phan-van-giang"}, 2},
		{"other type", attache.KBEntityFilter{Type: attache.Organization}, []string{}, 0},
		{"no match", attache.KBEntityFilter{Query: "nobody"}, []string{}, 0},
	}
	for _, c := range cases {
		es, total, err := s.FindKBEntities(ctx, c.f)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := entityIDs(es); total != c.total || len(got) != len(c.want) || (len(got) > 0 && got[0] != c.want[0]) {
			t.Errorf("%s: got %v (total %d), want %v (total %d)", c.name, got, total, c.want, c.total)
		}
	}
	es, _, err := s.FindKBEntities(ctx, attache.KBEntityFilter{Query: "shoigu"})
	if err != nil || len(es) != 1 || es[0].Name != "Sergey Shoigu" || es[0].Country != "RU" || es[0].Articles != 1 {
		t.Errorf("listed entity: %+v, %v", es, err)
	}
	for _, f := range []attache.KBEntityFilter{{Limit: -1}, {Offset: -1}, {Type: "planet"}} {
		_, _, err := s.FindKBEntities(ctx, f)
		wantCode(t, err, attache.EINVALID, "bad entity filter")
	}
}

// testFindKBEntitiesAfterReplace checks that finding entities by part of
// a name follows the knowledge base as it is replaced: a store that
// indexes names must drop the old ones and add the new.
func testFindKBEntitiesAfterReplace(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	putKnowledgeArticles(t, s)
	mustReplace(t, s, knowledge())
	k := knowledge()
	k.Entities[1].Name = "Andrei Belousov"
	k.Entities[1].Aliases = []string{"Minister Belousov"}
	k.Entities[0].Aliases = nil
	mustReplace(t, s, k)
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"shoigu", []string{}},
		{"gen phan", []string{}}, // the alias is gone
		{"belou", []string{"person:sergey-shoigu"}},
		{"minister bel", []string{"person:sergey-shoigu"}},
		{"an", []string{"person:phan-van-giang", "person:sergey-shoigu"}}, // shorter than a trigram
		{"phan van giang", []string{"person:phan-van-giang"}},
	} {
		es, total, err := s.FindKBEntities(ctx, attache.KBEntityFilter{Query: c.query})
		if got := entityIDs(es); err != nil || total != len(c.want) || !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v (total %d), %v; want %v", c.query, got, total, err, c.want)
		}
	}
}

func testArticleLinks(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	putKnowledgeArticles(t, s)
	mustReplace(t, s, knowledge())
	links, err := s.ArticleLinks(ctx, "k2")
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 2 || links[0].EntityIdx != 0 || links[0].EntityID != "person:phan-van-giang" ||
		links[1].EntityIdx != 1 || links[1].EntityID != "person:sergey-shoigu" || links[1].Name != "Sergey Shoigu" {
		t.Errorf("links of k2 in entity order: %+v", links)
	}
	if links, err := s.ArticleLinks(ctx, "no-such-article"); err != nil || links == nil || len(links) != 0 {
		t.Errorf("links of an unknown article: %+v, %v (want an empty slice)", links, err)
	}
}

func testKBEventPaging(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	putKnowledgeArticles(t, s)
	mustReplace(t, s, knowledge())
	all, err := s.KBEvents(ctx, attache.KBEventFilter{})
	if err != nil || len(all) != 3 {
		t.Fatalf("all events: %d, %v", len(all), err)
	}
	for _, c := range []struct{ limit, offset int }{{1, 0}, {1, 1}, {2, 1}, {0, 2}, {5, 3}} {
		evs, err := s.KBEvents(ctx, attache.KBEventFilter{Limit: c.limit, Offset: c.offset})
		if err != nil {
			t.Fatal(err)
		}
		end := len(all)
		if c.limit > 0 {
			end = min(c.offset+c.limit, len(all))
		}
		want := all[min(c.offset, len(all)):end]
		if len(evs) != len(want) || (len(evs) > 0 && evs[0].ID != want[0].ID) {
			t.Errorf("limit %d offset %d: got %d events, want %d", c.limit, c.offset, len(evs), len(want))
		}
	}
	_, err = s.KBEvents(ctx, attache.KBEventFilter{Offset: -1})
	wantCode(t, err, attache.EINVALID, "negative event offset")
}
