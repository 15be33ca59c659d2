package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"attache"
)

// correctReport is an article in our own words: a meeting of two
// defence ministers.
const correctReport = `date 2024-06-09
Vietnam and India hold defence talks in Hanoi

Vietnamese Minister of National Defence General Phan Van Giang held talks with Indian Defence Minister Rajnath Singh in Hanoi on June 8, 2024.

The two ministers agreed to expand training exchanges between their armies.
`

// TestCorrectCommand records corrections of an event and of a person with
// attache correct, checks that reextract keeps them and that undo reverts
// them.
func TestCorrectCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	file := filepath.Join(dir, "talks.txt")
	if err := os.WriteFile(file, []byte(correctReport), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := runCmd(t, "", "ingest", file, "--db", db); err != nil {
		t.Fatalf("ingest: %v %s", err, stderr)
	}
	events := func() []attache.KBEvent {
		t.Helper()
		out, _, err := runCmd(t, "", "events", "--db", db, "--json")
		if err != nil {
			t.Fatalf("events: %v", err)
		}
		var l attache.EventList
		if err := json.Unmarshal([]byte(out), &l); err != nil {
			t.Fatalf("events: %v\n%s", err, out)
		}
		return l.Events
	}
	byID := func(id string) *attache.KBEvent {
		for _, ev := range events() {
			if ev.ID == id {
				return &ev
			}
		}
		return nil
	}
	evs := events()
	i := slices.IndexFunc(evs, func(ev attache.KBEvent) bool { return ev.Date == "2024-06-08" })
	if i < 0 {
		t.Fatalf("no event of June 8 in %+v", evs)
	}
	id := evs[i].ID
	correct := func(args ...string) string {
		t.Helper()
		out, stderr, err := runCmd(t, "", append(append([]string{"correct"}, args...), "--db", db)...)
		if err != nil || !strings.Contains(out, "recorded") {
			t.Fatalf("correct %v: %v %q %q", args, err, out, stderr)
		}
		return out
	}
	correct("event-date", id, "2024-06-07", "--note", "the talks were on the eve")
	correct("event-countries", id, "VN", "Japan")
	correct("event-split", id)
	correct("event-type", id+"~2", "agreement")
	if out := correct("rank", "Rajnath Singh", "Minister"); !strings.Contains(out, `give "Rajnath Singh" the rank "Minister"`) {
		t.Errorf("rank correction described as %q", out)
	}
	check := func(when string) {
		t.Helper()
		ev, cp := byID(id), byID(id+"~2")
		if ev == nil || ev.Date != "2024-06-07" || strings.Join(ev.Countries, ",") != "VN,JP" {
			t.Errorf("%s: event %+v", when, ev)
		}
		if cp == nil || cp.Type != attache.EventAgreement {
			t.Errorf("%s: split-off copy %+v", when, cp)
		}
	}
	check("after correcting")
	if out, _, err := runCmd(t, "", "reextract", "--db", db); err != nil || !strings.Contains(out, "5 corrections re-applied") {
		t.Fatalf("reextract: %v %q", err, out)
	}
	check("after reextract")
	out, _, err := runCmd(t, "", "corrections", "--db", db)
	if err != nil || !strings.Contains(out, "the talks were on the eve") || !strings.Contains(out, "split a copy off event "+id) {
		t.Errorf("corrections: %v\n%s", err, out)
	}
	for range 5 {
		if _, _, err := runCmd(t, "", "undo", "--db", db); err != nil {
			t.Fatal(err)
		}
	}
	if ev := byID(id); ev == nil || ev.Date != "2024-06-08" || byID(id+"~2") != nil {
		t.Errorf("after undoing everything: %+v", ev)
	}

	for _, args := range [][]string{{}, {"explode"}, {"event-date", id}, {"event-merge", id, id + "~2", "extra"}} {
		if _, _, err := runCmd(t, "", append(append([]string{"correct"}, args...), "--db", db)...); !errors.Is(err, errUsage) {
			t.Errorf("correct %v: %v, want usage", args, err)
		}
	}
	if _, _, err := runCmd(t, "", "correct", "event-date", id, "2024-13-40", "--db", db); err == nil || !strings.Contains(err.Error(), "bad event date") {
		t.Errorf("bad date: %v", err)
	}
	if _, _, err := runCmd(t, "", "correct", "country", "Nobody At All", "FR", "--db", db); err == nil || !strings.Contains(err.Error(), "no entity") {
		t.Errorf("unknown person: %v", err)
	}
}

// TestCorrectCoversEveryKind: `attache correct` takes every kind of
// correction the knowledge base keeps.
func TestCorrectCoversEveryKind(t *testing.T) {
	for _, k := range attache.CorrectionKinds {
		if !slices.ContainsFunc(correctForms, func(f correctForm) bool { return f.kind == k }) {
			t.Errorf("attache correct does not take the kind %s", k)
		}
	}
}
