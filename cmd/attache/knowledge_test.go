package main

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"attache"
)

// TestKnowledgeCommands runs the knowledge-base commands end to end on the
// bundled sample corpus: profile, relations, a merge that survives
// reextract, undo.
func TestKnowledgeCommands(t *testing.T) {
	dev := sampleDir(t)
	db := filepath.Join(t.TempDir(), "kb.db")
	if _, stderr, err := runCmd(t, "", "ingest", dev, "--db", db, "--workers", "2"); err != nil {
		t.Fatalf("ingest: %v %s", err, stderr)
	}
	profile := func(name string) attache.Profile {
		t.Helper()
		out, _, err := runCmd(t, "", "entity", name, "--db", db, "--json")
		if err != nil {
			t.Fatalf("entity %s: %v", name, err)
		}
		var p attache.Profile
		if err := json.Unmarshal([]byte(out), &p); err != nil {
			t.Fatalf("entity %s: %v", name, err)
		}
		return p
	}
	g := profile("Minoru Kihara")
	if len(g.Sources) < 2 {
		t.Errorf("Kihara sources %+v, want the several articles that name him", g.Sources)
	}
	out, _, err := runCmd(t, "", "relations", "AU", "JP", "--db", db)
	if err != nil || !strings.Contains(out, "AU–JP:") {
		t.Errorf("relations: %v\n%s", err, out)
	}
	if _, _, err := runCmd(t, "", "relations", "VN", "--db", db); !errors.Is(err, errUsage) {
		t.Errorf("relations with one code: %v, want usage", err)
	}
	if _, _, err := runCmd(t, "", "entity", "Nobody At All", "--db", db); err == nil || !strings.Contains(err.Error(), "no entity") {
		t.Errorf("unknown entity: %v", err)
	}

	// Merge Marles into Kihara (a deliberate mistake, easy to see), reextract, undo.
	out, _, err = runCmd(t, "", "entity", "merge", "Richard Marles", "Minoru Kihara", "--note", "test merge", "--db", db)
	if err != nil || !strings.Contains(out, "correction 1 recorded") {
		t.Fatalf("merge: %v %q", err, out)
	}
	if p := profile("Marles"); p.Entity.ID != g.Entity.ID {
		t.Errorf("after merge, Marles is %s, want %s", p.Entity.ID, g.Entity.ID)
	}
	out, _, err = runCmd(t, "", "reextract", "--db", db, "--workers", "2")
	if err != nil || !strings.Contains(out, "1 corrections re-applied") {
		t.Fatalf("reextract: %v %q", err, out)
	}
	if p := profile("Marles"); p.Entity.ID != g.Entity.ID {
		t.Errorf("after reextract, Marles is %s, want %s", p.Entity.ID, g.Entity.ID)
	}
	out, _, err = runCmd(t, "", "corrections", "--db", db)
	if err != nil || !strings.Contains(out, "test merge") {
		t.Errorf("corrections: %v %q", err, out)
	}
	if _, _, err := runCmd(t, "", "undo", "--db", db); err != nil {
		t.Fatal(err)
	}
	if p := profile("Marles"); p.Entity.ID == g.Entity.ID {
		t.Errorf("after undo, Marles is still %s", p.Entity.ID)
	}
	if _, _, err := runCmd(t, "", "undo", "1", "--db", db); err == nil || !strings.Contains(err.Error(), "already undone") {
		t.Errorf("second undo: %v", err)
	}
	if _, _, err := runCmd(t, "", "fact", "remove", "x", "--db", db); !errors.Is(err, errUsage) {
		t.Errorf("bad fact verb: %v, want usage", err)
	}
	for _, args := range [][]string{{"events", "--country", "JP", "--json"}, {"deployments", "--mission", "UNMISS"}} {
		if _, _, err := runCmd(t, "", append(args, "--db", db)...); err != nil {
			t.Errorf("%v: %v", args, err)
		}
	}
	checkCLILabels(t, db)
}

// checkCLILabels: the events that entity, events and relations print as
// JSON carry their titles, and the text lines show them.
func checkCLILabels(t *testing.T, db string) {
	t.Helper()
	read := func(v any, args ...string) {
		t.Helper()
		out, _, err := runCmd(t, "", append(args, "--db", db, "--json")...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
	}
	var list attache.EventList
	read(&list, "events")
	var p attache.Profile
	read(&p, "entity", "Minoru Kihara")
	var d attache.Dossier
	read(&d, "relations", "AU", "JP")
	rewritten := ""
	for where, evs := range map[string][]attache.KBEvent{"events": list.Events, "entity": p.Events, "relations": d.Events} {
		if len(evs) == 0 {
			t.Errorf("%s: no events", where)
		}
		for _, ev := range evs {
			switch {
			case ev.Label == "":
				t.Errorf("%s: event %s (%s %q) has no label", where, ev.ID, ev.Type, ev.Name)
			case ev.Name == "" && ev.Label != string(ev.Type):
				t.Errorf("%s: event %s kept no words but is labelled %q", where, ev.ID, ev.Label)
			case ev.Name != "" && ev.Label != ev.Name && rewritten == "":
				rewritten = ev.Label
			}
		}
	}
	if rewritten == "" {
		t.Fatal("no event's label differs from the words its report kept")
	}
	out, _, err := runCmd(t, "", "events", "--db", db)
	if err != nil || !strings.Contains(out, `"`+rewritten+`"`) {
		t.Errorf("events: %v; no line shows the label %q:\n%.500s", err, rewritten, out)
	}
}
