package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"attache"
)

// testBriefEvents checks that a brief list carries each event's first
// attache.BriefSources reports by publication and counts all of them,
// and that a full list carries and counts every report.
func testBriefEvents(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	n := attache.BriefSources + 3
	ev := attache.KBEvent{ID: "event:b0", Type: attache.EventConference, Date: "2024-03-01",
		Participants: []string{}, Countries: []string{"VN", "RU"}}
	for i := range n {
		// Published in the reverse order of the article ids: the brief
		// list must sort on the date, not take the first stored.
		ev.Sources = append(ev.Sources, attache.EventSource{ArticleID: fmt.Sprintf("b%02d", i), Published: fmt.Sprintf("2024-03-%02d", 28-i)})
	}
	few := attache.KBEvent{ID: "event:b1", Type: attache.EventMeeting, Date: "2024-03-02", Participants: []string{},
		Countries: []string{"VN"}, Sources: []attache.EventSource{{ArticleID: "b99", Published: "2024-03-02"}}}
	mustReplace(t, s, &attache.Knowledge{Events: []attache.KBEvent{ev, few}})
	for _, f := range []attache.KBEventFilter{{Brief: true}, {Brief: true, Countries: []string{"VN", "RU"}, Limit: 5, Latest: true},
		{Brief: true, Countries: []string{"VN"}, Limit: 1}} {
		evs, err := s.KBEvents(ctx, f)
		if err != nil || len(evs) == 0 || evs[0].ID != "event:b0" {
			t.Fatalf("brief %+v: %+v, %v", f, evs, err)
		}
		got := evs[0]
		var ids []string
		for _, src := range got.Sources {
			ids = append(ids, src.ArticleID)
		}
		want := []string{}
		for i := n - 1; i >= n-attache.BriefSources; i-- {
			want = append(want, fmt.Sprintf("b%02d", i))
		}
		if !slices.Equal(ids, want) || got.SourceCount != n {
			t.Errorf("brief %+v: sources %v (count %d), want %v (count %d)", f, ids, got.SourceCount, want, n)
		}
		if len(evs) > 1 && (len(evs[1].Sources) != 1 || evs[1].SourceCount != 1) {
			t.Errorf("brief %+v, event of one report: %+v", f, evs[1])
		}
	}
	evs, err := s.KBEvents(ctx, attache.KBEventFilter{})
	if err != nil || len(evs) != 2 || len(evs[0].Sources) != n || evs[0].SourceCount != n || evs[1].SourceCount != 1 {
		t.Errorf("full list: %+v, %v", evs, err)
	}
}

// testCountryTypeList checks the lists of one country's events of one
// type as writes add, re-type and re-date events: the stores keep copies
// of type and date beside each party to answer them.
func testCountryTypeList(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	ev := func(id string, typ attache.EventType, date string) attache.KBEvent {
		return attache.KBEvent{ID: id, Type: typ, Date: date, Participants: []string{"person:p"}, Countries: []string{"VN", "LA", "KH"},
			Sources: []attache.EventSource{{ArticleID: "a-" + id}}}
	}
	mustReplace(t, s, &attache.Knowledge{Events: []attache.KBEvent{ev("event:t0", attache.EventMeeting, "2024-01-01"),
		ev("event:t1", attache.EventMeeting, "2023-01-01"), ev("event:t2", attache.EventVisit, "2022-01-01")}})
	// A later report re-types t0 and re-dates t1.
	if err := s.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{ev("event:t0", attache.EventVisit, "2024-01-01"),
		ev("event:t1", attache.EventMeeting, "2021-06")}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		f    attache.KBEventFilter
		want []string
	}{
		{attache.KBEventFilter{Countries: []string{"VN"}, Types: []attache.EventType{attache.EventVisit}}, []string{"event:t2", "event:t0"}},
		{attache.KBEventFilter{Countries: []string{"LA"}, Types: []attache.EventType{attache.EventMeeting}}, []string{"event:t1"}},
		{attache.KBEventFilter{Countries: []string{"KH"}, Types: []attache.EventType{attache.EventVisit}, Limit: 1, Latest: true}, []string{"event:t0"}},
		{attache.KBEventFilter{Countries: []string{"VN", "LA", "KH"}, Types: []attache.EventType{attache.EventVisit}, Recent: true}, []string{"event:t0", "event:t2"}},
		{attache.KBEventFilter{Countries: []string{"VN"}, Types: []attache.EventType{attache.EventMeeting}, From: "2022"}, nil},
		{attache.KBEventFilter{EntityID: "person:p", Types: []attache.EventType{attache.EventMeeting}}, []string{"event:t1"}},
	}
	for _, tt := range tests {
		evs, err := s.KBEvents(ctx, tt.f)
		if err != nil {
			t.Fatalf("%+v: %v", tt.f, err)
		}
		if got := eventIDs(evs); !slices.Equal(got, tt.want) {
			t.Errorf("%+v: got %v, want %v", tt.f, got, tt.want)
		}
	}
}

// testMissionCountryList checks the lists of one mission's events that
// name a country (the ledger's rows of a mission and a sending country):
// the mission as folded, every country named, in date order or latest
// first, by type.
func testMissionCountryList(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	ev := func(id string, typ attache.EventType, date, mission string, countries ...string) attache.KBEvent {
		return attache.KBEvent{ID: id, Type: typ, Date: date, Mission: mission, Countries: countries,
			Sources: []attache.EventSource{{ArticleID: "a-" + id}}}
	}
	mustReplace(t, s, &attache.Knowledge{Events: []attache.KBEvent{
		ev("event:d1", attache.EventDeployment, "2024-01-05", "UNMISS", "VN"),
		ev("event:d2", attache.EventDeployment, "2023-05-01", "unmiss", "KH"),
		ev("event:d3", attache.EventDeployment, "2022-02-02", "UNMISS", "VN", "KH"),
		ev("event:d4", attache.EventDeployment, "2024-03-01", "UNISFA", "VN"),
		ev("event:d5", attache.EventMeeting, "2021-01-01", "UNMISS", "VN"),
		ev("event:d6", attache.EventDeployment, "", "UNMISS", "VN"),
	}})
	deployment := []attache.EventType{attache.EventDeployment}
	for _, tt := range []struct {
		f    attache.KBEventFilter
		want []string
	}{
		{attache.KBEventFilter{Mission: "UNMISS", Countries: []string{"VN"}, Types: deployment}, []string{"event:d3", "event:d1", "event:d6"}},
		{attache.KBEventFilter{Mission: "unmiss", Countries: []string{"kh"}}, []string{"event:d3", "event:d2"}},
		{attache.KBEventFilter{Mission: "UNMISS", Countries: []string{"VN"}}, []string{"event:d5", "event:d3", "event:d1", "event:d6"}},
		{attache.KBEventFilter{Mission: "UNMISS", Countries: []string{"VN", "KH"}}, []string{"event:d3"}},
		{attache.KBEventFilter{Mission: "UNMISS", Countries: []string{"VN"}, Types: deployment, Limit: 1, Latest: true}, []string{"event:d1"}},
		{attache.KBEventFilter{Mission: "UNMISS", Countries: []string{"VN"}, Types: deployment, Recent: true}, []string{"event:d1", "event:d3", "event:d6"}},
		{attache.KBEventFilter{Mission: "UNMISS", Countries: []string{"VN"}, Limit: 2, Offset: 1}, []string{"event:d3", "event:d1"}},
		{attache.KBEventFilter{Mission: "UNISFA", Countries: []string{"KH"}}, nil},
	} {
		evs, err := s.KBEvents(ctx, tt.f)
		if err != nil {
			t.Fatalf("%+v: %v", tt.f, err)
		}
		if got := eventIDs(evs); !slices.Equal(got, tt.want) {
			t.Errorf("%+v: got %v, want %v", tt.f, got, tt.want)
		}
	}
}
