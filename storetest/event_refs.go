package storetest

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"attache"
	"attache/resolve"
)

// testKBEventsByRef: a store finds the events a correction names, by id
// or by the id of one of their reports, each once, whole (all parties
// and sources, as KBEvents reads them), and leaves out refs no event
// answers to. Both stores read events so (resolve.EventFinder), which
// lets a command's event correction read and write those events alone.
func testKBEventsByRef(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	ef, ok := s.(resolve.EventFinder)
	if !ok {
		t.Fatalf("%T does not find events by ref (resolve.EventFinder)", s)
	}
	putKnowledgeArticles(t, s)
	mustReplace(t, s, knowledge())
	all, err := s.KBEvents(ctx, attache.KBEventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]attache.KBEvent{}
	for _, e := range all {
		byID[e.ID] = e
	}
	for _, tc := range []struct {
		refs []string
		want []string
	}{
		{[]string{"event:k2#0"}, []string{"event:k2#0"}},
		// event:k1#1's later report, alone and beside its id.
		{[]string{"event:k2#3"}, []string{"event:k1#1"}},
		{[]string{"event:k1#1", "event:k2#3"}, []string{"event:k1#1"}},
		{[]string{"event:k2#4", "event:k2#0", "event:k1#9"}, []string{"event:k2#0", "event:k2#4"}},
		// Nothing answers: unknown ids and reports, refs of other forms.
		{[]string{"event:k1#9", "event:k3#0", "event:k2#x", "event:k2#99999999999", "k2#0", "person:sergey-shoigu"}, nil},
		{nil, nil},
	} {
		got, err := ef.KBEventsByRef(ctx, tc.refs)
		if err != nil {
			t.Fatalf("%v: %v", tc.refs, err)
		}
		if got == nil {
			t.Errorf("%v: nil, want an empty list", tc.refs)
		}
		slices.SortFunc(got, func(a, b attache.KBEvent) int { return strings.Compare(a.ID, b.ID) })
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
			if !reflect.DeepEqual(e, byID[e.ID]) {
				t.Errorf("%v: event\n got %+v\nwant %+v", tc.refs, e, byID[e.ID])
			}
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("%v: events %v, want %v", tc.refs, ids, tc.want)
		}
	}
}
