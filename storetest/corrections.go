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
// the other through a new Service each time, as a command run on its own
// does (a correction of an entity loads and writes only what it touches;
// the others, and undos, rebuild), then rebuilt whole. After every step, and
// after more articles come, both stores must hold the same knowledge
// base, before and after the rebuild.
func testCorrectionsEqualRebuild(t *testing.T, open func(t *testing.T) KnowledgeStore) {
	ctx := context.Background()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	ts := &twinStores{warm: open(t), cold: open(t), k: k, ids: map[string][2]string{}}
	for _, s := range []KnowledgeStore{ts.warm, ts.cold} {
		t.Cleanup(func() { s.Close() })
	}
	ts.svc = &resolve.Service{Articles: ts.warm, Knowledge: ts.warm, KB: k}
	docs := SampleCorpus(t)
	later := docs[len(docs)-3:] // ingested after the corrections
	docs = docs[:len(docs)-3]
	MustPut(t, ts.warm, docs...)
	MustPut(t, ts.cold, docs...)
	if err := ts.svc.ResolveArticles(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if _, err := ts.fresh().Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	ts.same(t, "ingest")
	for _, st := range correctionSteps(t, ts.warm) {
		ts.apply(t, st)
		ts.same(t, st.name)
		if _, err := ts.fresh().Rebuild(ctx); err != nil {
			t.Fatal(err)
		}
		ts.same(t, st.name+", rebuilt")
	}
	// Articles that come after corrections resolve as a rebuild would.
	MustPut(t, ts.warm, later...)
	MustPut(t, ts.cold, later...)
	if err := ts.svc.ResolveArticles(ctx, later); err != nil {
		t.Fatal(err)
	}
	if err := ts.fresh().ResolveArticles(ctx, later); err != nil {
		t.Fatal(err)
	}
	ts.same(t, "ingest after the corrections")
}

// correctionStep is one step of testCorrectionsEqualRebuild: a
// correction, or the undoing of an earlier step's.
type correctionStep struct {
	name string
	c    attache.Correction
	undo string // the step whose correction to undo, instead of c
}

// correctionSteps are corrections of every kind, and undoings, made on
// persons, events and a deployment of the sample knowledge in s.
func correctionSteps(t *testing.T, s KnowledgeStore) []correctionStep {
	t.Helper()
	ctx := context.Background()
	persons, _, err := s.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Person, Limit: 4})
	if err != nil || len(persons) < 4 {
		t.Fatalf("persons of the sample: %v, %v", persons, err)
	}
	evs, err := s.KBEvents(ctx, attache.KBEventFilter{Limit: 2})
	if err != nil || len(evs) < 2 {
		t.Fatalf("events of the sample: %v, %v", evs, err)
	}
	// A deployment's mission set by hand, and undone.
	deps, err := s.KBEvents(ctx, attache.KBEventFilter{Types: []attache.EventType{attache.EventDeployment}, Limit: 1})
	if err != nil || len(deps) == 0 {
		t.Fatalf("deployments of the sample: %v, %v", deps, err)
	}
	p := func(i int) string { return persons[i].Name }
	return []correctionStep{
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
		{name: "set mission", c: attache.Correction{Kind: attache.CorrectSetMission, Target: deps[0].ID, Value: "UNMISS"}},
		{name: "undo mission", undo: "set mission"},
	}
}

// twinStores holds one knowledge base two ways: warm, written in parts
// by one Service that keeps its build in memory; cold, written by a new
// Service each time and rebuilt after each step.
type twinStores struct {
	warm, cold KnowledgeStore
	svc        *resolve.Service // warm's
	k          *kb.KB
	ids        map[string][2]string // step → correction ids in warm, cold
}

// fresh is a new Service over the cold store.
func (ts *twinStores) fresh() *resolve.Service {
	return &resolve.Service{Articles: ts.cold, Knowledge: ts.cold, KB: ts.k}
}

// same fails the test when the two stores hold different knowledge.
func (ts *twinStores) same(t *testing.T, step string) {
	t.Helper()
	if w, c := DumpKnowledge(t, ts.warm), DumpKnowledge(t, ts.cold); w != c {
		t.Fatalf("%s: the knowledge base written by parts differs from a rebuild's\n%s", step, firstDiff(w, c))
	}
}

// apply makes a step's correction, or undoes an earlier one, in both
// stores.
func (ts *twinStores) apply(t *testing.T, st correctionStep) {
	t.Helper()
	ctx := context.Background()
	if st.undo != "" {
		if _, err := ts.svc.Undo(ctx, ts.ids[st.undo][0]); err != nil {
			t.Fatalf("%s (by parts): %v", st.name, err)
		}
		if _, err := ts.fresh().Undo(ctx, ts.ids[st.undo][1]); err != nil {
			t.Fatalf("%s (new service): %v", st.name, err)
		}
		return
	}
	w, err := ts.svc.Correct(ctx, st.c)
	if err != nil {
		t.Fatalf("%s (by parts): %v", st.name, err)
	}
	c, err := ts.fresh().Correct(ctx, st.c)
	if err != nil {
		t.Fatalf("%s (new service): %v", st.name, err)
	}
	ts.ids[st.name] = [2]string{w.ID, c.ID}
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
