package storetest

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"attache"
)

// KnowledgeStore is what RunKnowledge needs: a store that also keeps the
// knowledge base.
type KnowledgeStore interface {
	attache.Store
	attache.KnowledgeStore
}

// RunKnowledge runs the contract suite of attache.KnowledgeStore. open
// must return a new, empty store for each call; RunKnowledge closes it.
func RunKnowledge(t *testing.T, open func(t *testing.T) KnowledgeStore) {
	runEach(t, open, []subtest[KnowledgeStore]{
		{"RoundTrip", testKnowledgeRoundTrip},
		{"PutAddsAndReplaceClears", testKnowledgePut},
		{"EventFilters", testKnowledgeEventFilters},
		{"Invalid", testKnowledgeInvalid},
		{"Corrections", testCorrections},
		{"FindKBEntities", testFindKBEntities},
		{"FindKBEntitiesAfterReplace", testFindKBEntitiesAfterReplace},
		{"ArticleLinks", testArticleLinks},
		{"KBEventPaging", testKBEventPaging},
		{"KeysetPaging", testKeysetPaging},
		{"EventTallyFollowsWrites", testEventTallyFollowsWrites},
		{"EveryCountryPair", testEveryCountryPair},
		{"PairCounts", testPairCounts},
		{"BriefEvents", testBriefEvents},
		{"CountryTypeListFollowsWrites", testCountryTypeList},
		{"MissionCountryList", testMissionCountryList},
		{"LedgerTally", testLedgerTally},
		{"LedgerUnits", testLedgerUnits},
		{"EventIDFollowsEarliestReport", testEventIDFollowsEarliestReport},
		{"KBEventsByRef", testKBEventsByRef},
	})
	t.Run("CorrectionsEqualRebuild", func(t *testing.T) { testCorrectionsEqualRebuild(t, open) })
}

// knowledge is a small knowledge base: two persons, two countries, two
// events (one with two sources), links into two stored articles.
func knowledge() *attache.Knowledge {
	return &attache.Knowledge{
		Entities: []attache.KBEntity{
			{ID: "person:phan-van-giang", Type: attache.Person, Name: "Phan Văn Giang", Country: "VN", Rank: "General",
				Aliases: []string{"Gen. Phan Van Giang", "Giang"}, Articles: 2,
				Positions: []attache.Position{
					{Kind: attache.PositionPost, Value: "Minister of National Defence", AsOf: "2024-12-26", ArticleID: "k1"},
					{Kind: attache.PositionRank, Value: "General", AsOf: "2025-12-10", ArticleID: "k2", Confirmed: true},
				}},
			{ID: "person:sergey-shoigu", Type: attache.Person, Name: "Sergey Shoigu", Country: "RU", Aliases: []string{},
				Positions: []attache.Position{{Kind: attache.PositionPost, Value: "Minister of Defence", AsOf: "2025-12-10", Former: true, ArticleID: "k2"}},
				Articles:  1},
		},
		Links: []attache.EntityLink{
			{ArticleID: "k1", EntityIdx: 0, EntityID: "person:phan-van-giang", Name: "Phan Van Giang"},
			{ArticleID: "k2", EntityIdx: 0, EntityID: "person:phan-van-giang", Name: "Phan Văn Giang"},
			{ArticleID: "k2", EntityIdx: 1, EntityID: "person:sergey-shoigu", Name: "Sergey Shoigu"},
		},
		Events: []attache.KBEvent{
			{ID: "event:k2#0", Type: "meeting", Date: "2025-12-10", Participants: []string{"person:phan-van-giang", "person:sergey-shoigu"},
				Countries: []string{"VN", "RU"}, Sources: []attache.EventSource{{ArticleID: "k2", Idx: 0, Published: "2025-12-10", Salience: "main", Evidence: "They met."}}},
			{ID: "event:k1#1", Type: "dialogue", Name: "7th Defence Strategy Dialogue", Date: "2024-12", Series: "defence strategy dialogue", Number: 7,
				Participants: []string{"person:phan-van-giang"}, Countries: []string{"VN", "RU"},
				Sources: []attache.EventSource{{ArticleID: "k1", Idx: 1, Published: "2024-12-26"}, {ArticleID: "k2", Idx: 3, Published: "2025-12-10"}}},
			{ID: "event:k2#4", Type: "deployment", Date: "2025-11", Mission: "UNMISS", Unit: "Level-2 Field Hospital", Rotation: "7",
				Personnel: 63, Women: 12, Participants: []string{}, Countries: []string{"VN"},
				Sources: []attache.EventSource{{ArticleID: "k2", Idx: 4, Published: "2025-12-10"}}},
		},
	}
}

func putKnowledgeArticles(t *testing.T, s KnowledgeStore) {
	t.Helper()
	MustPut(t, s, &attache.Article{ID: "k1", Title: "Dialogue", Text: "The 7th dialogue.", Published: "2024-12-26"},
		&attache.Article{ID: "k2", Title: "Meeting", Text: "They met.", Published: "2025-12-10"})
}

func mustReplace(t *testing.T, s KnowledgeStore, k *attache.Knowledge) {
	t.Helper()
	if err := s.ReplaceKnowledge(context.Background(), k); err != nil {
		t.Fatal(err)
	}
}

func testKnowledgeRoundTrip(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	putKnowledgeArticles(t, s)
	k := knowledge()
	mustReplace(t, s, k)
	// Any folded form finds the entity: name, alias, without diacritics.
	for _, key := range []string{"phan van giang", "gen phan van giang", "giang"} {
		es, err := s.KBEntitiesByKey(ctx, []string{key, "nobody"})
		if err != nil || len(es) != 1 || es[0].ID != "person:phan-van-giang" {
			t.Fatalf("by key %q: %+v, %v", key, es, err)
		}
		if !reflect.DeepEqual(es[0], k.Entities[0]) {
			t.Errorf("round trip\n got %+v\nwant %+v", es[0], k.Entities[0])
		}
	}
	if es, err := s.KBEntitiesByKey(ctx, []string{"nobody"}); err != nil || len(es) != 0 {
		t.Errorf("unknown key: %+v, %v", es, err)
	}
	if _, err := s.KBEntity(ctx, "person:nobody"); attache.ErrorCode(err) != attache.ENOTFOUND {
		t.Errorf("missing entity: %v, want ENOTFOUND", err)
	}
	e, err := s.KBEntity(ctx, "person:sergey-shoigu")
	if err != nil || !reflect.DeepEqual(*e, k.Entities[1]) {
		t.Errorf("entity: %+v, %v", e, err)
	}
	links, err := s.EntityLinks(ctx, "person:phan-van-giang", 0)
	if err != nil || len(links) != 2 || links[0].ArticleID != "k2" || links[0].Title != "Meeting" || links[1].Published != "2024-12-26" {
		t.Errorf("links newest first with titles: %+v, %v", links, err)
	}
	evs, err := s.KBEvents(ctx, attache.KBEventFilter{})
	if err != nil || len(evs) != 3 {
		t.Fatalf("events: %+v, %v", evs, err)
	}
	if evs[0].ID != "event:k1#1" || evs[2].ID != "event:k2#0" {
		t.Errorf("events not in date order: %s, %s, %s", evs[0].ID, evs[1].ID, evs[2].ID)
	}
	want := k.Events[1]
	want.SourceCount = len(want.Sources)
	if !reflect.DeepEqual(evs[0], want) {
		t.Errorf("event round trip\n got %+v\nwant %+v", evs[0], want)
	}
	names, err := s.KBEntityNames(ctx, []string{"person:sergey-shoigu", "person:nobody"})
	if err != nil || len(names) != 1 || names["person:sergey-shoigu"].Name != "Sergey Shoigu" {
		t.Errorf("names: %+v, %v", names, err)
	}
}

func testKnowledgePut(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	k := knowledge()
	mustReplace(t, s, k)
	// A second report adds a source, an alias and a position.
	add := &attache.Knowledge{
		Entities: []attache.KBEntity{{ID: "person:sergey-shoigu", Type: attache.Person, Name: "Sergey Shoigu", Country: "RU",
			Aliases: []string{"Shoigu"}, Articles: 2,
			Positions: []attache.Position{{Kind: attache.PositionPost, Value: "Secretary of the Security Council", AsOf: "2025-12-11", ArticleID: "k3"}}}},
		Links: []attache.EntityLink{{ArticleID: "k3", EntityIdx: 0, EntityID: "person:sergey-shoigu", Name: "Shoigu"}},
		Events: []attache.KBEvent{{ID: "event:k2#0", Type: "meeting", Date: "2025-12-10", Participants: []string{"person:sergey-shoigu"},
			Countries: []string{"RU"}, Sources: []attache.EventSource{{ArticleID: "k3", Idx: 0, Published: "2025-12-11"}}}},
	}
	if err := s.PutKnowledge(ctx, add); err != nil {
		t.Fatal(err)
	}
	e, err := s.KBEntity(ctx, "person:sergey-shoigu")
	if err != nil || len(e.Aliases) != 1 || len(e.Positions) != 2 || e.Articles != 2 {
		t.Errorf("after put: %+v, %v", e, err)
	}
	evs, err := s.KBEvents(ctx, attache.KBEventFilter{Types: []attache.EventType{attache.EventMeeting}})
	if err != nil || len(evs) != 1 || len(evs[0].Sources) != 2 || len(evs[0].Participants) != 2 {
		t.Errorf("after put, meeting: %+v, %v", evs, err)
	}
	mustReplace(t, s, &attache.Knowledge{})
	if evs, err := s.KBEvents(ctx, attache.KBEventFilter{}); err != nil || len(evs) != 0 {
		t.Errorf("after replace with nothing: %+v, %v", evs, err)
	}
	if es, err := s.KBEntitiesByKey(ctx, []string{"shoigu"}); err != nil || len(es) != 0 {
		t.Errorf("after replace with nothing: %+v, %v", es, err)
	}
}

func testKnowledgeEventFilters(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	mustReplace(t, s, knowledge())
	tests := []struct {
		name string
		f    attache.KBEventFilter
		want []string
	}{
		{"type", attache.KBEventFilter{Types: []attache.EventType{attache.EventDialogue, attache.EventMeeting}}, []string{"event:k1#1", "event:k2#0"}},
		{"entity", attache.KBEventFilter{EntityID: "person:sergey-shoigu"}, []string{"event:k2#0"}},
		{"country pair", attache.KBEventFilter{Countries: []string{"vn", "RU"}}, []string{"event:k1#1", "event:k2#0"}},
		{"one country", attache.KBEventFilter{Countries: []string{"VN"}}, []string{"event:k1#1", "event:k2#4", "event:k2#0"}},
		{"mission", attache.KBEventFilter{Mission: "unmiss"}, []string{"event:k2#4"}},
		{"from year", attache.KBEventFilter{From: "2025"}, []string{"event:k2#4", "event:k2#0"}},
		{"to month", attache.KBEventFilter{To: "2025-11"}, []string{"event:k1#1", "event:k2#4"}},
		{"day range", attache.KBEventFilter{From: "2025-12-10", To: "2025-12-10"}, []string{"event:k2#0"}},
		{"limit", attache.KBEventFilter{Limit: 1}, []string{"event:k1#1"}},
	}
	for _, tt := range tests {
		evs, err := s.KBEvents(ctx, tt.f)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.ID)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
	tally, err := s.KBEventTally(ctx, attache.KBEventFilter{Countries: []string{"RU", "VN"}})
	if err != nil || len(tally) != 2 || tally[0].Year != "2024" || tally[0].ByType["dialogue"] != 1 || tally[1].Total != 1 {
		t.Errorf("tally VN-RU: %+v, %v", tally, err)
	}
	if _, err := s.KBEvents(ctx, attache.KBEventFilter{From: "Dec 2024"}); attache.ErrorCode(err) != attache.EINVALID {
		t.Errorf("bad date: %v, want EINVALID", err)
	}
}

func testKnowledgeInvalid(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	bad := []*attache.Knowledge{
		nil,
		{Entities: []attache.KBEntity{{Name: "No Id"}}},
		{Events: []attache.KBEvent{{ID: "e1"}}},
	}
	for i, k := range bad {
		if err := s.ReplaceKnowledge(ctx, k); attache.ErrorCode(err) != attache.EINVALID {
			t.Errorf("replace #%d: %v, want EINVALID", i, err)
		}
		if err := s.PutKnowledge(ctx, k); attache.ErrorCode(err) != attache.EINVALID {
			t.Errorf("put #%d: %v, want EINVALID", i, err)
		}
	}
}

func testCorrections(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	if err := s.AddCorrection(ctx, &attache.Correction{}); attache.ErrorCode(err) != attache.EINVALID {
		t.Errorf("no kind: %v, want EINVALID", err)
	}
	a := &attache.Correction{Kind: attache.CorrectMerge, Entity: "Giang", Target: "Phan Van Giang", Note: "same man"}
	b := &attache.Correction{Kind: attache.CorrectRename, Entity: "Shoigu", Value: "Sergey Shoigu"}
	for _, c := range []*attache.Correction{a, b} {
		if err := s.AddCorrection(ctx, c); err != nil || c.ID == "" || c.At.IsZero() {
			t.Fatalf("add: %+v, %v", c, err)
		}
	}
	if a.ID == b.ID {
		t.Fatalf("two corrections share id %s", a.ID)
	}
	u, err := s.SetCorrectionUndone(ctx, a.ID, true)
	if err != nil || !u.Undone || u.Note != "same man" {
		t.Errorf("undo: %+v, %v", u, err)
	}
	if _, err := s.SetCorrectionUndone(ctx, "999999", true); attache.ErrorCode(err) != attache.ENOTFOUND {
		t.Errorf("undo missing: %v, want ENOTFOUND", err)
	}
	if _, err := s.SetCorrectionUndone(ctx, "not-an-id", true); attache.ErrorCode(err) != attache.ENOTFOUND {
		t.Errorf("undo bad id: %v, want ENOTFOUND", err)
	}
	cs, err := s.Corrections(ctx)
	if err != nil || len(cs) != 2 || cs[0].ID != a.ID || !cs[0].Undone || cs[1].Undone || !cs[0].At.Equal(a.At) {
		t.Errorf("corrections oldest first: %+v, %v", cs, err)
	}
	testLatestCorrections(t, s, a, b)
}

// testLatestCorrections reads the log of corrections a and b and three
// more, newest first, by pages after the last correction of the page
// before, and checks the pages join into the whole log.
func testLatestCorrections(t *testing.T, s KnowledgeStore, a, b *attache.Correction) {
	ctx := context.Background()
	want := []string{b.ID, a.ID}
	for _, v := range []string{"Viet Nam", "Russia", "India"} {
		c := &attache.Correction{Kind: attache.CorrectCountry, Entity: "Giang", Value: v}
		if err := s.AddCorrection(ctx, c); err != nil {
			t.Fatal(err)
		}
		want = append([]string{c.ID}, want...)
	}
	for _, limit := range []int{1, 2, 5, 9} {
		got := pagesByKey(t, func(after string) []string {
			page, err := s.LatestCorrections(ctx, after, limit)
			if err != nil {
				t.Fatalf("after %q, limit %d: %v", after, limit, err)
			}
			if len(page) > limit {
				t.Errorf("after %q, limit %d: %d corrections", after, limit, len(page))
			}
			var ids []string
			for _, c := range page {
				ids = append(ids, c.ID)
			}
			return ids
		})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("the log by pages of %d: %v, want %v", limit, got, want)
		}
	}
	if page, err := s.LatestCorrections(ctx, a.ID, 5); err != nil || len(page) != 0 {
		t.Errorf("after the oldest correction: %+v, %v; want none", page, err)
	}
	if page, err := s.LatestCorrections(ctx, "", 1); err != nil || len(page) != 1 || page[0].Value != "India" {
		t.Errorf("the newest correction: %+v, %v", page, err)
	}
	for _, c := range []struct {
		after string
		limit int
	}{{"", 0}, {"not-an-id", 5}, {"-3", 5}} {
		_, err := s.LatestCorrections(ctx, c.after, c.limit)
		wantCode(t, err, attache.EINVALID, fmt.Sprintf("after %q, limit %d", c.after, c.limit))
	}
}

// testEveryCountryPair: an event of three countries is found by each of
// its three pairs, whatever the order the countries are listed in.
func testEveryCountryPair(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	putKnowledgeArticles(t, s)
	mustReplace(t, s, &attache.Knowledge{Events: []attache.KBEvent{{ID: "event:k1#0", Type: "exercise", Date: "2025-03-02",
		Participants: []string{}, Countries: []string{"VN", "RU", "CN"},
		Sources: []attache.EventSource{{ArticleID: "k1", Idx: 0, Published: "2025-03-02"}}}}})
	for _, pair := range [][]string{{"VN", "RU"}, {"CN", "RU"}, {"CN", "VN"}} {
		evs, err := s.KBEvents(ctx, attache.KBEventFilter{Countries: pair})
		if err != nil || len(evs) != 1 {
			t.Errorf("pair %v: %d events (%v), want the one exercise", pair, len(evs), err)
		}
	}
}

// testPairCounts: every pair of an event's countries counts it once, the
// busiest pair first; a country's pairs only; a rewrite of the base moves
// the counts.
func testPairCounts(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	putKnowledgeArticles(t, s)
	ev := func(id, date string, codes ...string) attache.KBEvent {
		return attache.KBEvent{ID: id, Type: "meeting", Date: date, Participants: []string{}, Countries: codes,
			Sources: []attache.EventSource{{ArticleID: "k1", Idx: 0, Published: date}}}
	}
	mustReplace(t, s, &attache.Knowledge{Events: []attache.KBEvent{
		ev("event:k1#0", "2025-03-02", "VN", "RU", "CN"), ev("event:k1#1", "2024-01-05", "RU", "VN"), ev("event:k1#2", "", "VN", "RU"),
		ev("event:k1#3", "2025-04-01", "FR")}})
	got := func(code string, limit int) string {
		t.Helper()
		ps, err := s.KBPairCounts(ctx, code, limit)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s-%s:%d", p.A, p.B, p.Events))
		}
		return strings.Join(out, " ")
	}
	if g := got("", 0); g != "RU-VN:3 CN-RU:1 CN-VN:1" {
		t.Errorf("pairs %q", g)
	}
	if g := got("cn", 0); g != "CN-RU:1 CN-VN:1" {
		t.Errorf("pairs of CN %q", g)
	}
	if g := got("", 1); g != "RU-VN:3" {
		t.Errorf("busiest pair %q", g)
	}
	if g := got("FR", 0); g != "" {
		t.Errorf("a country alone in its events has pairs %q", g)
	}
	mustReplace(t, s, &attache.Knowledge{Events: []attache.KBEvent{ev("event:k1#1", "2024-01-05", "RU", "VN")}})
	if g := got("", 0); g != "RU-VN:1" {
		t.Errorf("after a rewrite, pairs %q", g)
	}
	// A later report adds a country to the event: its new pairs count.
	if err := s.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{ev("event:k1#1", "2024-01-05", "RU", "VN", "LA")}}); err != nil {
		t.Fatal(err)
	}
	if g := got("", 0); g != "LA-RU:1 LA-VN:1 RU-VN:1" {
		t.Errorf("after a country is added, pairs %q", g)
	}
	if g := got("VN", 0); g != "LA-VN:1 RU-VN:1" {
		t.Errorf("after a country is added, pairs of VN %q", g)
	}
}
