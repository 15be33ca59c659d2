package resolve_test

import (
	"context"
	"slices"
	"testing"

	"attache"
	"attache/resolve"
	"attache/sqlite"
	"attache/storetest"
)

// patchRecorder is a SQLite store that records the entities and events
// each patch of the knowledge base deletes or writes.
type patchRecorder struct {
	*sqlite.DB
	entities, events []string
}

func (r *patchRecorder) PatchKnowledgeParties(ctx context.Context, entities, events []string, drop map[string][]string, k *attache.Knowledge) error {
	r.entities = append(r.entities, entities...)
	for _, e := range k.Entities {
		r.entities = append(r.entities, e.ID)
	}
	r.events = append(r.events, patchedEvents(events, drop, k)...)
	return r.DB.PatchKnowledgeParties(ctx, entities, events, drop, k)
}

// patchedEvents are the events a PatchKnowledgeParties deletes, changes
// in their parties or writes.
func patchedEvents(events []string, drop map[string][]string, k *attache.Knowledge) []string {
	out := slices.Clone(events)
	for id := range drop {
		out = append(out, id)
	}
	for _, ev := range k.Events {
		out = append(out, ev.ID)
	}
	return out
}

// TestUndoWritesOnlyWhatItUndoes renames one person, merges two others,
// then undoes the merge: the undo writes the merged persons and their
// events, not the renamed person, whose correction stays; and the store
// ends as a rebuild leaves it.
func TestUndoWritesOnlyWhatItUndoes(t *testing.T) {
	ctx := context.Background()
	_, db := openService(t)
	rec := &patchRecorder{DB: db}
	svc := &resolve.Service{Articles: db, Knowledge: rec, KB: defaultKB(t)}
	mustPut(t, db, svc, fixture()...)
	if _, err := svc.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	giang, err := svc.EntityProfile(ctx, "Phan Van Giang")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectRename, Entity: giang.Entity.ID, Value: "Phan Văn Giang (VN)"}); err != nil {
		t.Fatal(err)
	}
	fomin, err := svc.EntityProfile(ctx, "Alexander Fomin")
	if err != nil {
		t.Fatal(err)
	}
	merge, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectMerge, Entity: fomin.Entity.ID, Target: "Sergey Shoigu"})
	if err != nil {
		t.Fatal(err)
	}
	rec.entities, rec.events = nil, nil
	if _, err := svc.Undo(ctx, merge.ID); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(rec.entities, giang.Entity.ID) {
		t.Errorf("the undo of a merge wrote %s, renamed by a correction that stays (wrote %v)", giang.Entity.ID, rec.entities)
	}
	if !slices.Contains(rec.entities, fomin.Entity.ID) || len(rec.events) == 0 {
		t.Errorf("the undo of a merge wrote entities %v and events %v, want %s and its events", rec.entities, rec.events, fomin.Entity.ID)
	}
	got := storetest.DumpKnowledge(t, db)
	fresh := &resolve.Service{Articles: db, Knowledge: db, KB: defaultKB(t)}
	if _, err := fresh.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	if want := storetest.DumpKnowledge(t, db); got != want {
		t.Errorf("after the undo the store holds\n%s\nwant, as a rebuild leaves it,\n%s", got, want)
	}
}
