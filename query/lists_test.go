package query_test

import (
	"context"
	"slices"
	"testing"

	"attache"
)

func TestEntityListPagesByCursor(t *testing.T) {
	r := mustReader(t)
	ctx := context.Background()
	var got []string
	f := attache.KBEntityFilter{Limit: 1}
	var last *attache.EntityPage
	for range 10 {
		page, err := r.ListEntities(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != 3 {
			t.Errorf("total %d, want 3", page.Total)
		}
		for _, e := range page.Entities {
			got = append(got, e.ID)
		}
		last = page
		if page.Next == "" {
			break
		}
		f.After = page.Next
	}
	want := []string{"person:anna-berg", "organization:coast-guard", "person:tomas-lind"}
	if !slices.Equal(got, want) {
		t.Fatalf("pages forward: %v, want %v", got, want)
	}
	if last.Prev == "" {
		t.Fatal("the last page has no way back")
	}
	back, err := r.ListEntities(ctx, attache.KBEntityFilter{Limit: 1, Before: last.Prev})
	if err != nil || len(back.Entities) != 1 || back.Entities[0].ID != want[1] || back.Prev == "" || back.Next == "" {
		t.Errorf("page before the last: %+v, %v", back, err)
	}
	first, _ := r.ListEntities(ctx, attache.KBEntityFilter{Limit: 1, Before: back.Prev})
	if len(first.Entities) != 1 || first.Entities[0].ID != want[0] || first.Prev != "" {
		t.Errorf("first page read backwards: %+v (want no previous page)", first)
	}
}

func TestEventListPagesNewestFirst(t *testing.T) {
	r := mustReader(t)
	ctx := context.Background()
	q := attache.EventQuery{Sort: attache.SortRecent, Limit: 2}
	page, err := r.FindEvents(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != 2 || page.Events[0].ID != "event:a2#1" || page.Total != 3 || page.Next == "" || page.Prev != "" {
		t.Fatalf("first page, newest first: %+v", page)
	}
	q.After = page.Next
	page, err = r.FindEvents(ctx, q)
	if err != nil || len(page.Events) != 1 || page.Events[0].ID != "event:a1#0" || page.Next != "" || page.Prev == "" {
		t.Fatalf("second page: %+v, %v", page, err)
	}
	if page.Names["person:anna-berg"].Name != "Anna Berg" {
		t.Errorf("names of the page's participants: %+v", page.Names)
	}
	if _, err := r.FindEvents(ctx, attache.EventQuery{Sort: "size"}); attache.ErrorCode(err) != attache.EINVALID {
		t.Errorf("unknown order: %v, want EINVALID", err)
	}
}
