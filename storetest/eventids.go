package storetest

import (
	"context"
	"testing"

	"attache"
	"attache/kb"
	"attache/resolve"
)

// testEventIDFollowsEarliestReport: an event is named by its earliest
// report (by publication, then article id). When an older report of it
// arrives after a newer one, the event takes the older report's id, and
// what referred to the id it had before still finds it: the confirmation
// made through that id stays on the event, and a correction that names
// the former id applies to it.
func testEventIDFollowsEarliestReport(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	svc := &resolve.Service{Articles: s, Knowledge: s, KB: k}
	late := meetingReport("ids-late", "2025-03-05", 0xA1)
	MustPut(t, s, late)
	if err := svc.ResolveArticle(ctx, late); err != nil {
		t.Fatal(err)
	}
	meeting := func() attache.KBEvent {
		t.Helper()
		evs, err := s.KBEvents(ctx, attache.KBEventFilter{Types: []attache.EventType{attache.EventMeeting}})
		if err != nil || len(evs) != 1 {
			t.Fatalf("meetings: %v, %v; want one", evs, err)
		}
		return evs[0]
	}
	before := meeting().ID
	if before != "event:ids-late#0" {
		t.Fatalf("event id %s, want event:ids-late#0", before)
	}
	if _, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectFactConfirm, Target: before}); err != nil {
		t.Fatal(err)
	}
	early := meetingReport("ids-early", "2025-03-04", 0xB2)
	MustPut(t, s, early)
	if err := svc.ResolveArticle(ctx, early); err != nil {
		t.Fatal(err)
	}
	ev := meeting()
	if ev.ID != "event:ids-early#0" || len(ev.Sources) != 2 {
		t.Fatalf("after the older report: event %s with %d sources, want event:ids-early#0 with 2", ev.ID, len(ev.Sources))
	}
	if !ev.Confirmed {
		t.Error("the confirmation made through the former id is lost")
	}
	if _, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectEventPlace, Target: before, Value: "Hanoi"}); err != nil {
		t.Fatalf("a correction naming the former id %s: %v", before, err)
	}
	if ev := meeting(); ev.Place != "Hanoi" {
		t.Errorf("place %q after the correction through the former id, want Hanoi", ev.Place)
	}
}

// meetingReport is an article of the suite's Hanoi report published on
// day, whose only event is the meeting it tells (on 2025-03-04).
func meetingReport(id, day string, hash uint64) *attache.Article {
	a := richArticle(id)
	a.Published, a.Extraction.Published, a.SimHash = day, day, hash
	a.Extraction.Events = a.Extraction.Events[:1]
	return a
}
