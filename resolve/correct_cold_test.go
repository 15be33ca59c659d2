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

// coldRecorder is a SQLite store, seen by a Service that starts without a
// build (a command run on its own), that counts the builds it reads for
// (ResolvableArticles) and the whole writes it takes (ReplaceKnowledge),
// and records the entities each patch writes.
type coldRecorder struct {
	patchRecorder
	builds, wholes int
}

func (r *coldRecorder) ResolvableArticles(ctx context.Context) ([]*attache.Article, error) {
	r.builds++
	return r.DB.ResolvableArticles(ctx)
}

func (r *coldRecorder) ReplaceKnowledge(ctx context.Context, k *attache.Knowledge) error {
	r.wholes++
	return r.DB.ReplaceKnowledge(ctx, k)
}

// TestCommandCorrectionWritesItsParts makes corrections as `attache
// correct` and `attache undo` do, each through a new Service: a merge,
// a rename by an alias and a split read no build and write only the
// entities they touch; the undo of the merge rebuilds; and the store ends
// as a rebuild leaves it.
func TestCommandCorrectionWritesItsParts(t *testing.T) {
	ctx := context.Background()
	svc, db := openService(t)
	mustPut(t, db, svc, fixture()...)
	fomin, err := svc.FindEntity(ctx, "Alexander Fomin")
	if err != nil {
		t.Fatal(err)
	}
	shoigu, err := svc.FindEntity(ctx, "Sergey Shoigu")
	if err != nil {
		t.Fatal(err)
	}
	command := func() (*resolve.Service, *coldRecorder) {
		rec := &coldRecorder{patchRecorder: patchRecorder{DB: db}}
		return &resolve.Service{Articles: rec, Knowledge: rec, KB: defaultKB(t)}, rec
	}
	steps := []struct {
		c    attache.Correction
		want []string // the entities written
	}{
		{attache.Correction{Kind: attache.CorrectMerge, Entity: "Fomin", Target: "Sergey Shoigu"}, []string{fomin.ID, shoigu.ID}},
		{attache.Correction{Kind: attache.CorrectRename, Entity: "Shoigu", Value: "S. K. Shoigu"}, []string{shoigu.ID}},
		{attache.Correction{Kind: attache.CorrectSplit, Entity: shoigu.ID, Value: "Alexander Fomin"}, []string{shoigu.ID, shoigu.ID + "~alexander-fomin"}},
	}
	var merge attache.Correction
	for i, st := range steps {
		cmd, rec := command()
		c, err := cmd.Correct(ctx, st.c)
		if err != nil {
			t.Fatalf("%s: %v", st.c.Kind, err)
		}
		if i == 0 {
			merge = c
		}
		if rec.builds != 0 || rec.wholes != 0 {
			t.Errorf("%s: read %d builds and wrote the whole base %d times, want none", st.c.Kind, rec.builds, rec.wholes)
		}
		slices.Sort(rec.entities)
		if got := slices.Compact(rec.entities); !slices.Equal(got, st.want) {
			t.Errorf("%s wrote entities %v, want %v", st.c.Kind, got, st.want)
		}
	}
	cmd, _ := command()
	if _, err := cmd.Undo(ctx, merge.ID); err != nil {
		t.Fatal(err)
	}
	got := storetest.DumpKnowledge(t, db)
	if _, err := (&resolve.Service{Articles: db, Knowledge: db, KB: defaultKB(t)}).Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	if want := storetest.DumpKnowledge(t, db); got != want {
		t.Errorf("after the corrections the store holds\n%s\nwant, as a rebuild leaves it,\n%s", got, want)
	}
}

// TestCommandCorrectionNotFound: a command's correction of a name no
// entity has fails with ENOTFOUND and records nothing.
func TestCommandCorrectionNotFound(t *testing.T) {
	ctx := context.Background()
	svc, db := openService(t)
	mustPut(t, db, svc, fixture()...)
	cmd := &resolve.Service{Articles: db, Knowledge: db, KB: defaultKB(t)}
	_, err := cmd.Correct(ctx, attache.Correction{Kind: attache.CorrectMerge, Entity: "Nobody Known", Target: "Sergey Shoigu"})
	if attache.ErrorCode(err) != attache.ENOTFOUND {
		t.Fatalf("merge of an unknown name: %v, want ENOTFOUND", err)
	}
	if cs, err := db.Corrections(ctx); err != nil || len(cs) != 0 {
		t.Errorf("corrections recorded: %v, %v", cs, err)
	}
}

var _ resolve.BulkReader = (*coldRecorder)(nil)

// eventWrites is a SQLite store that records the events each patch
// deletes or writes again whole, apart from those it edits in their
// parties alone.
type eventWrites struct {
	*sqlite.DB
	rewritten, edited []string
}

func (r *eventWrites) PatchKnowledgeParties(ctx context.Context, entities, events []string, drop map[string][]string, k *attache.Knowledge) error {
	r.rewritten = append(r.rewritten, events...)
	for id := range drop {
		r.edited = append(r.edited, id)
	}
	return r.DB.PatchKnowledgeParties(ctx, entities, events, drop, k)
}

// TestMergeEditsEventParties merges a person into one listed after them
// in a meeting of three, and undoes it: the meeting's parties change
// places, which the store edits (the event's other rows stay) instead of
// writing the event again; and the store ends as a rebuild leaves it.
func TestMergeEditsEventParties(t *testing.T) {
	ctx := context.Background()
	_, db := openService(t)
	rec := &eventWrites{DB: db}
	svc := &resolve.Service{Articles: db, Knowledge: rec, KB: defaultKB(t)}
	mustPut(t, db, svc, article("m1", "2025-03-04", []attache.Entity{
		person("Karl Brenner", nil, "General", "DE", nil, nil),
		person("Lucia Ferro", nil, "Admiral", "IT", nil, nil),
		person("Otto Falk", nil, "Colonel", "DE", nil, nil),
		country("Germany", "DE"), country("Italy", "IT"),
	}, []attache.Event{
		{Type: "meeting", Date: "2025-03-04", Participants: []string{"Otto Falk", "Lucia Ferro", "Karl Brenner"}, Salience: "main"},
	}))
	merge, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectMerge, Entity: "Otto Falk", Target: "Karl Brenner"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Undo(ctx, merge.ID); err != nil {
		t.Fatal(err)
	}
	if len(rec.rewritten) != 0 || len(rec.edited) != 2 {
		t.Errorf("the merge and its undo wrote events %v again and edited %v, want none and the meeting twice", rec.rewritten, rec.edited)
	}
	got := storetest.DumpKnowledge(t, db)
	if _, err := (&resolve.Service{Articles: db, Knowledge: db, KB: defaultKB(t)}).Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	if want := storetest.DumpKnowledge(t, db); got != want {
		t.Errorf("after the undo the store holds\n%s\nwant, as a rebuild leaves it,\n%s", got, want)
	}
}
