package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"attache"
)

// keysetKnowledge is a base whose lists have ties (same mentions, same
// date) and undated events, which keyset pages must neither skip nor
// repeat.
func keysetKnowledge() *attache.Knowledge {
	k := &attache.Knowledge{}
	for i, n := range []int{3, 1, 3, 0, 7, 3, 1} {
		typ, country := attache.Person, "VN"
		if i%3 == 2 {
			typ, country = attache.Organization, "RU"
		}
		k.Entities = append(k.Entities, attache.KBEntity{ID: fmt.Sprintf("%s:e%d", typ, i), Type: typ,
			Name: fmt.Sprintf("Name %c", 'G'-i), Country: country, Articles: n, Aliases: []string{}, Positions: []attache.Position{}})
	}
	for i, date := range []string{"2024-05-01", "", "2023", "2024-05-01", "2024-05-01/2024-05-03", "", "2022-01-09", "2024-05", "2023"} {
		typ := attache.EventMeeting
		if i%2 == 1 {
			typ = attache.EventVisit
		}
		ev := attache.KBEvent{ID: fmt.Sprintf("event:x%d", i), Type: typ, Date: date,
			Participants: []string{}, Countries: []string{"VN"}, Sources: []attache.EventSource{}}
		if i%3 == 0 {
			ev.Participants, ev.Countries = []string{"person:e0"}, []string{"VN", "RU"}
		}
		k.Events = append(k.Events, ev)
	}
	return k
}

func testKeysetPaging(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	mustReplace(t, s, keysetKnowledge())
	for _, f := range []attache.KBEntityFilter{{}, {Sort: attache.SortName}, {Type: attache.Person}, {Country: "RU", Sort: attache.SortName}} {
		all, _, err := s.FindKBEntities(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		page := func(after, before string) []attache.KBEntity {
			g := f
			g.Limit, g.After, g.Before = 2, after, before
			es, _, err := s.FindKBEntities(ctx, g)
			if err != nil {
				t.Fatal(err)
			}
			return es
		}
		checkPages(t, fmt.Sprintf("entities %+v", f), entityIDs(all), attache.EntityCursor, page, all)
	}
	for _, f := range []attache.KBEventFilter{{}, {Recent: true}, {Types: []attache.EventType{attache.EventMeeting}}, {Countries: []string{"VN"}, Recent: true},
		{Countries: []string{"VN"}, Types: []attache.EventType{attache.EventMeeting}}, {Countries: []string{"VN"}, Types: []attache.EventType{attache.EventVisit}, Recent: true}} {
		all, err := s.KBEvents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		page := func(after, before string) []attache.KBEvent {
			g := f
			g.Limit, g.After, g.Before = 2, after, before
			evs, err := s.KBEvents(ctx, g)
			if err != nil {
				t.Fatal(err)
			}
			return evs
		}
		checkPages(t, fmt.Sprintf("events %+v", f), eventIDs(all), attache.EventCursor, page, all)
	}
	all, _ := s.KBEvents(ctx, attache.KBEventFilter{})
	if got := eventIDs(all); got[len(got)-1] != "event:x5" || got[len(got)-2] != "event:x1" || got[0] != "event:x6" {
		t.Errorf("oldest first, undated last: %v", got)
	}
	recent, _ := s.KBEvents(ctx, attache.KBEventFilter{Recent: true})
	if got := eventIDs(recent); got[len(got)-1] != "event:x1" || got[0] != "event:x4" {
		t.Errorf("newest first, undated last: %v", got)
	}
	for _, f := range []attache.KBEventFilter{{After: "nonsense"}, {After: all[0].ID}, {Limit: 2, After: attache.EventCursor(all[0]), Offset: 1},
		{After: attache.EventCursor(all[0]), Before: attache.EventCursor(all[1])}} {
		_, err := s.KBEvents(ctx, f)
		wantCode(t, err, attache.EINVALID, fmt.Sprintf("event filter %+v", f))
	}
	_, _, err := s.FindKBEntities(ctx, attache.KBEntityFilter{Sort: "size"})
	wantCode(t, err, attache.EINVALID, "unknown entity order")
}

// checkPages walks a list forward page by page from its start, then
// backward from its last row, and checks both walks give every row once,
// in the list's order.
func checkPages[T any](t *testing.T, name string, want []string, cursor func(T) string, page func(after, before string) []T, all []T) {
	t.Helper()
	ids := func(rows []T) []string { return keysOf(rows, cursor) }
	wantCursors := ids(all)
	var fwd []T
	for after, n := "", 0; n < 20; n++ {
		rows := page(after, "")
		fwd = append(fwd, rows...)
		if len(rows) < 2 {
			break
		}
		after = cursor(rows[len(rows)-1])
	}
	if got := ids(fwd); !slices.Equal(got, wantCursors) {
		t.Errorf("%s: forward pages give %d rows, want %d (%v)", name, len(got), len(want), want)
	}
	if len(all) == 0 {
		return
	}
	back := []T{all[len(all)-1]}
	for before, n := cursor(all[len(all)-1]), 0; n < 20; n++ {
		rows := page("", before)
		back = append(slices.Clone(rows), back...)
		if len(rows) < 2 {
			break
		}
		before = cursor(rows[0])
	}
	if got := ids(back); !slices.Equal(got, wantCursors) {
		t.Errorf("%s: backward pages give %d rows, want %d (%v)", name, len(got), len(want), want)
	}
}

// eventIDs lists the ids of evs in order.
func eventIDs(evs []attache.KBEvent) []string {
	return keysOf(evs, func(e attache.KBEvent) string { return e.ID })
}

// testEventTallyFollowsWrites checks the counts of the whole base (and by
// type), which a store may keep on write, against the events themselves
// after a replace, an update that re-dates and re-types an event, and a
// second replace.
func testEventTallyFollowsWrites(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	check := func(when string) {
		t.Helper()
		for _, f := range []attache.KBEventFilter{{}, {Types: []attache.EventType{attache.EventVisit}}, {Countries: []string{"VN"}},
			{Countries: []string{"RU"}, Types: []attache.EventType{attache.EventMeeting}}, {EntityID: "person:e0"}, {Countries: []string{"VN", "RU"}}} {
			evs, err := s.KBEvents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]int{}
			for _, ev := range evs {
				year := attache.EventDateStart(ev.Date)
				if len(year) > 4 {
					year = year[:4]
				}
				if year == "" {
					year = "undated"
				}
				want[year+" "+string(ev.Type)]++
			}
			years, err := s.KBEventTally(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, y := range years {
				for typ, n := range y.ByType {
					got[y.Year+" "+typ] += n
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s, %+v: tally %v, events %v", when, f, got, want)
			}
		}
	}
	k := keysetKnowledge()
	mustReplace(t, s, k)
	check("after a replace")
	ev := k.Events[0] // with a participant and two countries
	ev.Date, ev.Type = "2019-02-03", attache.EventVisit
	if err := s.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{ev}}); err != nil {
		t.Fatal(err)
	}
	check("after an event is re-dated and re-typed")
	k.Events = k.Events[3:]
	mustReplace(t, s, k)
	check("after a smaller replace")
}
