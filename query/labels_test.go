package query_test

import (
	"context"
	"testing"

	"attache"
)

// TestReaderTitlesEveryEvent: lists, profiles and dossiers give each
// event its title: a noun phrase of the words kept, or its type.
func TestReaderTitlesEveryEvent(t *testing.T) {
	r := mustReader(t)
	ctx := context.Background()
	want := map[string]string{"event:a1#0": "meeting", "event:a2#0": "opening of the new library of the academy", "event:a2#1": "meeting"}
	check := func(where string, evs []attache.KBEvent) {
		t.Helper()
		if len(evs) == 0 {
			t.Errorf("%s: no events", where)
		}
		for _, ev := range evs {
			if ev.Label != want[ev.ID] {
				t.Errorf("%s: %s labelled %q, want %q", where, ev.ID, ev.Label, want[ev.ID])
			}
		}
	}
	list, err := r.FindEvents(ctx, attache.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	check("events", list.Events)
	page, err := r.FindEvents(ctx, attache.EventQuery{Limit: 1, Sort: attache.SortRecent})
	if err != nil {
		t.Fatal(err)
	}
	check("a page of events", page.Events)
	p, err := r.EntityProfile(ctx, "Anna Berg")
	if err != nil {
		t.Fatal(err)
	}
	check("profile", p.Events)
	d, err := r.Relations(ctx, "SE", "NO")
	if err != nil {
		t.Fatal(err)
	}
	check("dossier", d.Events)
	if _, err := r.FindEvents(ctx, attache.EventQuery{Type: "parade"}); attache.ErrorCode(err) != attache.EINVALID {
		t.Errorf("unknown event type: %v, want EINVALID", err)
	}
}
