package resolve_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"attache"
	"attache/resolve"
)

// kbEvent returns the knowledge-base event with id, or nil.
func kbEvent(t *testing.T, ks attache.KnowledgeStore, id string) *attache.KBEvent {
	t.Helper()
	evs, err := ks.KBEvents(context.Background(), attache.KBEventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range evs {
		if evs[i].ID == id {
			return &evs[i]
		}
	}
	return nil
}

// snapshot is the whole knowledge base as JSON, to compare before and
// after an undo.
func snapshot(t *testing.T, ks attache.KnowledgeStore) string {
	t.Helper()
	evs, err := ks.KBEvents(context.Background(), attache.KBEventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ents, _, err := ks.FindKBEntities(context.Background(), attache.KBEntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(struct {
		E []attache.KBEvent
		N []attache.KBEntity
	}{evs, ents})
	return string(b)
}

func sourcesOf(ev *attache.KBEvent) string {
	var s []string
	for _, x := range ev.Sources {
		s = append(s, fmt.Sprintf("%s#%d", x.ArticleID, x.Idx))
	}
	return strings.Join(s, ",")
}

// TestEventAndPersonCorrections applies each new kind of correction to the
// fixture, checks what it changed, checks that it holds after a rebuild
// (as after re-extraction), and that undoing it restores the knowledge
// base exactly.
func TestEventAndPersonCorrections(t *testing.T) {
	const meeting, dialogue = "event:a1#1", "event:a1#0" // the 2024 meeting (reported by a1 and a2), the dialogue
	tests := []struct {
		name  string
		c     attache.Correction
		check func(t *testing.T, svc *resolve.Service, ks attache.KnowledgeStore) string // "" when the correction holds
	}{
		{"participant added", attache.Correction{Kind: attache.CorrectParticipantAdd, Target: meeting, Entity: "Shoigu"},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				ev := kbEvent(t, ks, meeting)
				if !slices.Contains(ev.Participants, "person:sergey-shoigu") {
					return fmt.Sprintf("participants %v", ev.Participants)
				}
				return ""
			}},
		{"participant removed, and the country only they brought", attache.Correction{Kind: attache.CorrectParticipantRemove, Target: "event:a2#0", Entity: "Alexander Fomin"},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				ev := kbEvent(t, ks, meeting)
				if slices.Contains(ev.Participants, "person:alexander-fomin") || slices.Contains(ev.Countries, "RU") || !slices.Contains(ev.Countries, "VN") {
					return fmt.Sprintf("participants %v, countries %v", ev.Participants, ev.Countries)
				}
				return ""
			}},
		{"country party removed", attache.Correction{Kind: attache.CorrectParticipantRemove, Target: dialogue, Entity: "Russia"},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				if ev := kbEvent(t, ks, dialogue); strings.Join(ev.Countries, ",") != "VN" {
					return fmt.Sprintf("countries %v", ev.Countries)
				}
				return ""
			}},
		{"date", attache.Correction{Kind: attache.CorrectEventDate, Target: meeting, Value: "2024-12-25"},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				if ev := kbEvent(t, ks, meeting); ev.Date != "2024-12-25" {
					return "date " + ev.Date
				}
				return ""
			}},
		{"place", attache.Correction{Kind: attache.CorrectEventPlace, Target: meeting, Value: "Hà Nội"},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				if ev := kbEvent(t, ks, meeting); ev.Place != "Hà Nội" {
					return "place " + ev.Place
				}
				return ""
			}},
		{"type", attache.Correction{Kind: attache.CorrectEventType, Target: meeting, Value: "dialogue"},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				if ev := kbEvent(t, ks, meeting); ev.Type != attache.EventDialogue {
					return "type " + string(ev.Type)
				}
				return ""
			}},
		{"countries, by code and name", attache.Correction{Kind: attache.CorrectEventCountries, Target: dialogue, Value: "Viet Nam|fr"},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				if ev := kbEvent(t, ks, dialogue); strings.Join(ev.Countries, ",") != "VN,FR" {
					return fmt.Sprintf("countries %v", ev.Countries)
				}
				return ""
			}},
		{"split by report", attache.Correction{Kind: attache.CorrectEventSplit, Target: meeting, Value: "event:a2#0"},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				a, b := kbEvent(t, ks, meeting), kbEvent(t, ks, meeting+"~2")
				if a == nil || b == nil || sourcesOf(a) != "a1#1" || sourcesOf(b) != "a2#0" || b.Type != attache.EventMeeting {
					return fmt.Sprintf("events %+v and %+v", a, b)
				}
				return ""
			}},
		{"split as a copy", attache.Correction{Kind: attache.CorrectEventSplit, Target: dialogue},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				if b := kbEvent(t, ks, dialogue+"~2"); b == nil || sourcesOf(b) != "a1#0" {
					return fmt.Sprintf("copy %+v", b)
				}
				return ""
			}},
		{"merge", attache.Correction{Kind: attache.CorrectEventMerge, Target: dialogue, Value: meeting},
			func(t *testing.T, _ *resolve.Service, ks attache.KnowledgeStore) string {
				if kbEvent(t, ks, dialogue) != nil {
					return "the merged event is still there"
				}
				if ev := kbEvent(t, ks, meeting); sourcesOf(ev) != "a1#0,a1#1,a2#0" && sourcesOf(ev) != "a1#1,a1#0,a2#0" {
					return "sources " + sourcesOf(ev)
				}
				return ""
			}},
		{"person's country, and their events'", attache.Correction{Kind: attache.CorrectCountry, Entity: "Fomin", Value: "France"},
			func(t *testing.T, svc *resolve.Service, ks attache.KnowledgeStore) string {
				e, err := svc.FindEntity(context.Background(), "Alexander Fomin")
				if err != nil || e.Country != "FR" {
					return fmt.Sprintf("Fomin %+v, %v", e, err)
				}
				if ev := kbEvent(t, ks, meeting); strings.Join(ev.Countries, ",") != "VN,FR" {
					return fmt.Sprintf("meeting countries %v", ev.Countries)
				}
				return ""
			}},
		{"rank", attache.Correction{Kind: attache.CorrectRank, Entity: "Alexander Fomin", Value: "General of the Army"},
			func(t *testing.T, svc *resolve.Service, _ attache.KnowledgeStore) string {
				if e, err := svc.FindEntity(context.Background(), "Alexander Fomin"); err != nil || e.Rank != "General of the Army" {
					return fmt.Sprintf("Fomin %+v, %v", e, err)
				}
				return ""
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			svc, db := openService(t)
			mustPut(t, db, svc, fixture()...)
			if _, err := svc.Rebuild(ctx); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, db)
			if msg := tt.check(t, svc, db); msg == "" {
				t.Fatal("the fixture already passes the check: the test tests nothing")
			}
			c, err := svc.Correct(ctx, tt.c)
			if err != nil {
				t.Fatal(err)
			}
			if msg := tt.check(t, svc, db); msg != "" {
				t.Errorf("after correcting: %s", msg)
			}
			// Re-extraction of another article, then a rebuild: the
			// correction is applied again.
			st := reextractAndRebuild(t, db, svc, "a3")
			if st.Corrections != 1 || st.Skipped != 0 {
				t.Errorf("rebuild applied %d, skipped %d; want 1, 0", st.Corrections, st.Skipped)
			}
			if msg := tt.check(t, svc, db); msg != "" {
				t.Errorf("after rebuild: %s", msg)
			}
			if _, err := svc.Undo(ctx, c.ID); err != nil {
				t.Fatal(err)
			}
			a3, err := db.Article(ctx, "a3")
			if err != nil {
				t.Fatal(err)
			}
			a3.Extraction.Events = fixture()[3].Extraction.Events
			if err := db.ReplaceExtraction(ctx, "a3", a3.Extraction); err != nil {
				t.Fatal(err)
			}
			if _, err := svc.Rebuild(ctx); err != nil {
				t.Fatal(err)
			}
			if after := snapshot(t, db); after != before {
				t.Errorf("undo does not restore the knowledge base:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

func TestEventCorrectionErrors(t *testing.T) {
	ctx := context.Background()
	svc, db := openService(t)
	mustPut(t, db, svc, fixture()...)
	tests := []struct {
		c    attache.Correction
		code string
	}{
		{attache.Correction{Kind: attache.CorrectParticipantAdd, Target: "event:a1#1"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectParticipantAdd, Target: "event:nope#0", Entity: "Shoigu"}, attache.ENOTFOUND},
		{attache.Correction{Kind: attache.CorrectParticipantAdd, Target: "event:a1#1", Entity: "Nobody Known"}, attache.ENOTFOUND},
		{attache.Correction{Kind: attache.CorrectParticipantRemove, Target: "event:a1#1", Entity: "Shoigu"}, attache.ENOTFOUND},
		{attache.Correction{Kind: attache.CorrectEventDate, Target: "event:a1#1", Value: "2024-13-01"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectEventDate, Target: "event:a1#1", Value: "2024-12-20/2024-12-01"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectEventType, Target: "event:a1#1", Value: "party"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectEventCountries, Target: "event:a1#1", Value: "Atlantis"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectEventSplit, Target: "event:a1#1", Value: "event:a9#0"}, attache.ENOTFOUND},
		{attache.Correction{Kind: attache.CorrectEventSplit, Target: "event:a1#1", Value: "event:a1#1|event:a2#0"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectEventMerge, Target: "event:a1#1", Value: "event:a1#1"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectEventMerge, Target: "event:a1#1", Value: "event:nope#1"}, attache.ENOTFOUND},
		{attache.Correction{Kind: attache.CorrectCountry, Entity: "Shoigu", Value: "Atlantis"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectCountry, Entity: "Russia", Value: "FR"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectRank, Entity: "Russia", Value: "General"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectRank, Entity: "Nobody Known", Value: "General"}, attache.ENOTFOUND},
	}
	for _, tt := range tests {
		if _, err := svc.Correct(ctx, tt.c); attache.ErrorCode(err) != tt.code {
			t.Errorf("%+v: %v, want %s", tt.c, err, tt.code)
		}
	}
	if cs, _ := svc.Corrections(ctx); len(cs) != 0 {
		t.Errorf("failed corrections were recorded: %+v", cs)
	}
}
