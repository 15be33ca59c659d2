package storetest

import (
	"context"
	"testing"

	"attache"
	"attache/kb"
	"attache/resolve"
)

// testCorrectionsEqualRebuild applies a series of corrections and undos
// to the sample corpus in two stores: in one through a Service that keeps
// its build in memory and writes only what each correction changes, in
// the other through a new Service each time, which builds from the store
// and writes the whole knowledge base, as a rebuild does. After every
// step, and after more articles come, both stores must hold the same
// knowledge base.
func testCorrectionsEqualRebuild(t *testing.T, open func(t *testing.T) KnowledgeStore) {
	ctx := context.Background()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	warm, cold := open(t), open(t)
	for _, s := range []KnowledgeStore{warm, cold} {
		t.Cleanup(func() { s.Close() })
	}
	docs := SampleCorpus(t)
	later := docs[len(docs)-3:] // ingested after the corrections
	docs = docs[:len(docs)-3]
	MustPut(t, warm, docs...)
	MustPut(t, cold, docs...)
	svc := &resolve.Service{Articles: warm, Knowledge: warm, KB: k}
	if err := svc.ResolveArticles(ctx, docs); err != nil {
		t.Fatal(err)
	}
	fresh := func() *resolve.Service { return &resolve.Service{Articles: cold, Knowledge: cold, KB: k} }
	if _, err := fresh().Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	same := func(step string) {
		t.Helper()
		if w, c := DumpKnowledge(t, warm), DumpKnowledge(t, cold); w != c {
			t.Fatalf("%s: the knowledge base written by parts differs from a rebuild's\n%s", step, firstDiff(w, c))
		}
	}
	same("ingest")

	persons, _, err := warm.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Person, Limit: 4})
	if err != nil || len(persons) < 4 {
		t.Fatalf("persons of the sample: %v, %v", persons, err)
	}
	evs, err := warm.KBEvents(ctx, attache.KBEventFilter{Limit: 2})
	if err != nil || len(evs) < 2 {
		t.Fatalf("events of the sample: %v, %v", evs, err)
	}
	p := func(i int) string { return persons[i].Name }
	ids := map[string][2]string{} // step → correction ids in warm, cold
	type step struct {
		name string
		c    attache.Correction
		undo string // the step whose correction to undo, instead of c
	}
	steps := []step{
		{name: "merge", c: attache.Correction{Kind: attache.CorrectMerge, Entity: p(2), Target: p(1)}},
		{name: "rename", c: attache.Correction{Kind: attache.CorrectRename, Entity: p(0), Value: p(0) + " (renamed)"}},
		{name: "alias", c: attache.Correction{Kind: attache.CorrectAliasAdd, Entity: p(3), Target: "An Alias Of Three"}},
		{name: "split", c: attache.Correction{Kind: attache.CorrectSplit, Entity: p(1), Value: p(2)}},
		{name: "delete event", c: attache.Correction{Kind: attache.CorrectFactDelete, Target: evs[0].ID}},
		{name: "confirm event", c: attache.Correction{Kind: attache.CorrectFactConfirm, Target: evs[1].ID}},
		{name: "undo merge", undo: "merge"},
		{name: "retype", c: attache.Correction{Kind: attache.CorrectRetype, Entity: p(3), Value: "organization"}},
		{name: "undo delete", undo: "delete event"},
		{name: "undo retype", undo: "retype"},
	}
	// A deployment's mission set by hand, and undone.
	deps, err := warm.KBEvents(ctx, attache.KBEventFilter{Types: []attache.EventType{attache.EventDeployment}, Limit: 1})
	if err != nil || len(deps) == 0 {
		t.Fatalf("deployments of the sample: %v, %v", deps, err)
	}
	steps = append(steps,
		step{name: "set mission", c: attache.Correction{Kind: attache.CorrectSetMission, Target: deps[0].ID, Value: "UNMISS"}},
		step{name: "undo mission", undo: "set mission"})
	for _, st := range steps {
		if st.undo != "" {
			if _, err := svc.Undo(ctx, ids[st.undo][0]); err != nil {
				t.Fatalf("%s (by parts): %v", st.name, err)
			}
			if _, err := fresh().Undo(ctx, ids[st.undo][1]); err != nil {
				t.Fatalf("%s (rebuild): %v", st.name, err)
			}
		} else {
			w, err := svc.Correct(ctx, st.c)
			if err != nil {
				t.Fatalf("%s (by parts): %v", st.name, err)
			}
			c, err := fresh().Correct(ctx, st.c)
			if err != nil {
				t.Fatalf("%s (rebuild): %v", st.name, err)
			}
			ids[st.name] = [2]string{w.ID, c.ID}
		}
		same(st.name)
	}
	// Articles that come after corrections resolve as a rebuild would.
	MustPut(t, warm, later...)
	MustPut(t, cold, later...)
	if err := svc.ResolveArticles(ctx, later); err != nil {
		t.Fatal(err)
	}
	if err := fresh().ResolveArticles(ctx, later); err != nil {
		t.Fatal(err)
	}
	same("ingest after the corrections")
}

// firstDiff shows where two dumps start to differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-300)
	return "by parts: …" + a[from:min(len(a), i+300)] + "\nrebuild:  …" + b[from:min(len(b), i+300)]
}
