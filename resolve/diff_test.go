package resolve

import (
	"slices"
	"testing"

	"attache"
)

func TestPatch(t *testing.T) {
	old := &attache.Knowledge{
		Entities: []attache.KBEntity{
			{ID: "person:a", Name: "A", Aliases: []string{"Ay", "Aa"}},
			{ID: "person:b", Name: "B", Aliases: []string{"Bee"}},
			{ID: "person:c", Name: "C"},
			{ID: "person:d", Name: "D"},
		},
		Links: []attache.EntityLink{{ArticleID: "x", EntityIdx: 0, EntityID: "person:a"}},
		Events: []attache.KBEvent{
			{ID: "event:1", Type: "meeting", Participants: []string{"person:a", "person:b"}},
			{ID: "event:2", Type: "meeting", Participants: []string{"person:a"}},
			{ID: "event:3", Type: "visit"},
		},
	}
	k := &attache.Knowledge{
		Entities: []attache.KBEntity{
			{ID: "person:a", Name: "A", Aliases: []string{"Ay"}},         // alias removed: delete, then write
			{ID: "person:b", Name: "B", Aliases: []string{"Bee", "Bea"}}, // alias added: an upsert
			{ID: "person:c", Name: "C"},                                  // unchanged
			{ID: "person:e", Name: "E"},                                  // new; person:d is gone
		},
		Links: []attache.EntityLink{{ArticleID: "x", EntityIdx: 0, EntityID: "person:b"}, {ArticleID: "y", EntityIdx: 0, EntityID: "person:e"}},
		Events: []attache.KBEvent{
			{ID: "event:1", Type: "meeting", Participants: []string{"person:b", "person:a"}}, // reordered
			{ID: "event:2", Type: "meeting", Participants: []string{"person:a", "person:e"}}, // one more party
			{ID: "event:4", Type: "visit"}, // new; event:3 is gone
		},
	}
	ents, evs, put, ok := patch(old, k)
	if !ok {
		t.Fatal("patch refused")
	}
	if want := []string{"person:a", "person:d"}; !slices.Equal(ents, want) {
		t.Errorf("entities to delete %v, want %v", ents, want)
	}
	if want := []string{"event:1", "event:3"}; !slices.Equal(evs, want) {
		t.Errorf("events to delete %v, want %v", evs, want)
	}
	var ids []string
	for _, e := range put.Entities {
		ids = append(ids, e.ID)
	}
	for _, e := range put.Events {
		ids = append(ids, e.ID)
	}
	if want := []string{"person:a", "person:b", "person:e", "event:1", "event:2", "event:4"}; !slices.Equal(ids, want) {
		t.Errorf("written %v, want %v", ids, want)
	}
	if b := put.Entities[1]; !slices.Equal(b.Aliases, []string{"Bea"}) {
		t.Errorf("person:b only gained an alias: write %v, want just it", b.Aliases)
	}
	if len(put.Links) != 2 {
		t.Errorf("links written %v, want both (one changed, one new)", put.Links)
	}
	k.Links = k.Links[1:] // the link of article x is gone
	if _, _, _, ok := patch(old, k); ok {
		t.Error("a link gone: patch should ask for the whole knowledge base")
	}
	if _, _, _, ok := patch(nil, k); ok {
		t.Error("nothing written yet: patch should ask for the whole knowledge base")
	}
}
