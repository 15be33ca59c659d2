package resolve_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"attache"
	"attache/resolve"
	"attache/sqlite"
	"attache/storetest"
)

// rebuiltDump is what a rebuild leaves in a new SQLite file holding arts
// and the corrections cs (undone ones marked so): the base an incremental
// correction or undo must equal.
func rebuiltDump(t *testing.T, arts []*attache.Article, cs []attache.Correction) string {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, a := range arts {
		if err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cs {
		undone := c.Undone
		if err := db.AddCorrection(ctx, &c); err != nil {
			t.Fatal(err)
		}
		if undone {
			if _, err := db.SetCorrectionUndone(ctx, c.ID, true); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := (&resolve.Service{Articles: db, Knowledge: db, KB: defaultKB(t)}).Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	return storetest.DumpKnowledge(t, db)
}

// eventCorrections picks from the events and persons of a built base one
// correction of each kind that changes events, each on events no other
// one names, so that each does change the base.
func eventCorrections(t *testing.T, evs []attache.KBEvent, persons []attache.KBEntity) []attache.Correction {
	t.Helper()
	used := map[string]bool{}
	pick := func(ok func(ev *attache.KBEvent) bool) string {
		for i := range evs {
			if ev := &evs[i]; !used[ev.ID] && ok(ev) {
				used[ev.ID] = true
				return ev.ID
			}
		}
		t.Fatal("the corpora have no event left for a correction")
		return ""
	}
	any := func(*attache.KBEvent) bool { return true }
	withParties := func(ev *attache.KBEvent) bool { return len(ev.Participants) >= 2 }
	removed := pick(withParties)
	var lost string
	for i := range evs {
		if evs[i].ID == removed {
			lost = evs[i].Participants[0]
		}
	}
	added := pick(func(ev *attache.KBEvent) bool { return !slices.Contains(ev.Participants, persons[0].ID) })
	var split, report string
	split = pick(func(ev *attache.KBEvent) bool {
		if len(ev.Sources) < 2 {
			return false
		}
		s := ev.Sources[len(ev.Sources)-1]
		report = fmt.Sprintf("%s#%d", s.ArticleID, s.Idx)
		return true
	})
	typed := pick(func(ev *attache.KBEvent) bool { return ev.Type != attache.EventExercise })
	// A person who takes part in events, moved to another country.
	var mover attache.KBEntity
	for _, p := range persons {
		for i := range evs {
			if !used[evs[i].ID] && slices.Contains(evs[i].Participants, p.ID) && p.Country != "FR" {
				mover = p
			}
		}
	}
	if mover.ID == "" {
		t.Fatal("no person of the corpora takes part in an event")
	}
	return []attache.Correction{
		{Kind: attache.CorrectParticipantRemove, Target: removed, Entity: lost},
		{Kind: attache.CorrectParticipantAdd, Target: added, Entity: persons[0].ID},
		{Kind: attache.CorrectEventDate, Target: pick(any), Value: "2019-02-03"},
		{Kind: attache.CorrectEventPlace, Target: pick(any), Value: "Geneva"},
		{Kind: attache.CorrectEventType, Target: typed, Value: string(attache.EventExercise)},
		{Kind: attache.CorrectEventCountries, Target: pick(any), Value: "FR|DE"},
		{Kind: attache.CorrectEventSplit, Target: split, Value: report},
		{Kind: attache.CorrectEventMerge, Target: pick(any), Value: pick(any)},
		{Kind: attache.CorrectCountry, Entity: mover.ID, Value: "FR"},
		{Kind: attache.CorrectRank, Entity: mover.ID, Value: "Field Marshal"},
	}
}

// stepRecorder is a store seen through a recorder that counts builds,
// whole writes and the events patched (coldRecorder, pgRecorder).
type stepRecorder interface {
	storetest.KnowledgeStore
	// takeCounts returns what was counted since it was last called, and
	// starts counting again.
	takeCounts() (builds, wholes int, events []string)
}

func (r *coldRecorder) takeCounts() (builds, wholes int, events []string) {
	builds, wholes, events = r.builds, r.wholes, r.events
	r.builds, r.wholes, r.entities, r.events = 0, 0, nil, nil
	return builds, wholes, events
}

// correctedCorpora is the sample and dev corpora stored and built, seen
// through a store that counts builds, whole writes and the events
// patched; with one correction of each kind that changes events
// (eventCorrections).
type correctedCorpora struct {
	arts []*attache.Article
	db   storetest.KnowledgeStore
	rec  stepRecorder // db, counted
	evs  int          // events of the base
	cs   []attache.Correction
}

// newCorrectedCorpora stores and builds the corpora in a SQLite file.
func newCorrectedCorpora(t *testing.T) *correctedCorpora {
	_, db := openService(t)
	return storeCorrectedCorpora(t, db, &coldRecorder{patchRecorder: patchRecorder{DB: db}})
}

// storeCorrectedCorpora stores and builds the corpora in the empty store
// db, which rec counts.
func storeCorrectedCorpora(t *testing.T, db storetest.KnowledgeStore, rec stepRecorder) *correctedCorpora {
	ctx := context.Background()
	k := defaultKB(t)
	cc := &correctedCorpora{arts: extracted(t, k, sampleAndDev(t)), db: db, rec: rec}
	for _, a := range cc.arts {
		if err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := (&resolve.Service{Articles: db, Knowledge: db, KB: k}).Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	evs, err := db.KBEvents(ctx, attache.KBEventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	persons, _, err := db.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Person})
	if err != nil || len(persons) == 0 {
		t.Fatalf("persons %v, %v", persons, err)
	}
	cc.evs, cc.cs = len(evs), eventCorrections(t, evs, persons)
	return cc
}

// check fails unless the step just made read no build, wrote no whole
// base, and wrote some events but fewer than the base holds (none for a
// rank, which changes no event); and unless the store holds what a
// rebuild with the same corrections leaves.
func (cc *correctedCorpora) check(t *testing.T, step string, noEvents bool) {
	t.Helper()
	builds, wholes, events := cc.rec.takeCounts()
	if builds != 0 || wholes != 0 {
		t.Errorf("%s read %d builds and wrote the whole base %d times, want none", step, builds, wholes)
	}
	slices.Sort(events)
	if n := len(slices.Compact(events)); (n == 0) != noEvents || n >= cc.evs {
		t.Errorf("%s wrote %d events of %d, want some, not all", step, n, cc.evs)
	}
	cs, err := cc.db.Corrections(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := storetest.DumpKnowledge(t, cc.db), rebuiltDump(t, cc.arts, cs); got != want {
		t.Fatalf("after %s the store holds\n%s\nwant, as a rebuild leaves it,\n%s", step, got, want)
	}
}

// TestEventCorrectionsWriteTheirParts makes one correction of each kind
// that changes events on the sample and dev corpora, then undoes some, as
// a server does (a Service that keeps its build): none reads a build or
// writes the whole base, each writes fewer events than the base holds,
// and after each the store holds what a rebuild with the same
// corrections leaves.
func TestEventCorrectionsWriteTheirParts(t *testing.T) {
	ctx := context.Background()
	cc := newCorrectedCorpora(t)
	svc := &resolve.Service{Articles: cc.rec, Knowledge: cc.rec, KB: defaultKB(t)}
	if _, err := svc.Rebuild(ctx); err != nil { // the build a server keeps
		t.Fatal(err)
	}
	cc.rec.takeCounts()
	var made []attache.Correction
	for _, c := range cc.cs {
		out, err := svc.Correct(ctx, c)
		if err != nil {
			t.Fatalf("%s %s: %v", c.Kind, c.Target, err)
		}
		made = append(made, out)
		cc.check(t, c.Kind, c.Kind == attache.CorrectRank)
	}
	// The split (a later merge may build on it), the first one, the latest
	// (the rank).
	for _, c := range []attache.Correction{made[6], made[0], {}} {
		u, err := svc.Undo(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		cc.check(t, "undo of "+u.Kind, u.Kind == attache.CorrectRank)
	}
}

// TestCommandEventCorrectionsWriteTheirParts makes the event corrections
// of TestEventCorrectionsWriteTheirParts as `attache correct` does, each
// through a new Service without a build: each reads the events it names
// alone and writes them, and the store ends as a rebuild leaves it.
func TestCommandEventCorrectionsWriteTheirParts(t *testing.T) {
	correctByCommand(t, newCorrectedCorpora(t))
}

// correctByCommand makes the event corrections of cc as `attache
// correct` does, each through a new Service without a build, and checks
// each (correctedCorpora.check). A person's country and rank are not
// among them: they build (see correct_cold.go).
func correctByCommand(t *testing.T, cc *correctedCorpora) {
	ctx := context.Background()
	for _, c := range cc.cs {
		if c.Kind == attache.CorrectCountry || c.Kind == attache.CorrectRank {
			continue
		}
		cmd := &resolve.Service{Articles: cc.rec, Knowledge: cc.rec, KB: defaultKB(t)}
		if _, err := cmd.Correct(ctx, c); err != nil {
			t.Fatalf("%s %s: %v", c.Kind, c.Target, err)
		}
		cc.check(t, c.Kind, false)
	}
}
