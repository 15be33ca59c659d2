package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"attache"
)

// rankBounder is a store whose searches rank only the latest k of the
// matches that pass their filters; the contract test lowers k to see
// the bound at work on a few articles.
type rankBounder interface {
	attache.RankedSearcher
	SetSearchRanked(k int)
}

// testSearchRankedLatest: a search, with or without filters, ranks the
// latest matches that pass its filters (in the order articles were
// stored) up to the store's bound. With fewer matches than the bound
// the answer is the full one; with more it is the full answer's ranking
// of the latest bound matches, and a page past the bound ranks as many
// as it reaches.
func testSearchRankedLatest(t *testing.T, s attache.Store) {
	rb, ok := s.(rankBounder)
	if !ok {
		t.Fatalf("%T has no SetSearchRanked: the bound on ranked matches cannot be tested", s)
	}
	// Twelve reports that all say "cooperation", a different number of
	// times each so that their ranks differ; stored in id order, but
	// published in another order, so that "latest" is seen to mean
	// stored last. Every other one reports an exercise, every third is
	// from Antara, and every fourth names the same minister.
	var stored []*attache.Article
	for i := range 12 {
		text := "The delegations discussed defence cooperation."
		for range i % 5 {
			text += " Cooperation in training was also discussed."
		}
		source := "VNA"
		if i%3 == 0 {
			source = "Antara"
		}
		a := plain(fmt.Sprintf("r%02d", i), fmt.Sprintf("Talks %d", i), text, fmt.Sprintf("2024-%02d-10", 12-i), source)
		typ := "meeting"
		if i%2 == 0 {
			typ = "exercise"
		}
		a.Extraction = &attache.Extraction{Events: []attache.Event{{Type: typ, Date: fmt.Sprintf("2023-%02d-01", i+1), Salience: "main"}}}
		if i%4 == 0 {
			a.Extraction.Entities = []attache.Entity{{ID: "e1", Type: attache.Person, Name: "Lê Văn Minh"}}
		}
		stored = append(stored, a)
	}
	MustPut(t, s, stored...)
	queries := []struct {
		name string
		q    attache.SearchQuery
		want int // matches that pass the filters
	}{
		{"no filter", attache.SearchQuery{Query: "cooperation"}, 12},
		{"event type", attache.SearchQuery{Query: "cooperation", Type: "exercise"}, 6},
		{"publication dates", attache.SearchQuery{Query: "cooperation", From: "2024-03-01", To: "2024-12-31"}, 10},
		{"source", attache.SearchQuery{Query: "cooperation", Source: "Antara"}, 4},
		{"entity", attache.SearchQuery{Query: "cooperation", Entity: "Le Van Minh"}, 3},
		{"event dates", attache.SearchQuery{Query: "defence cooperation", EventFrom: "2023-02", EventTo: "2023-11"}, 10},
		{"type and event dates", attache.SearchQuery{Query: "cooperation", Type: "meeting", EventFrom: "2023-03"}, 5},
	}
	const bound = 4
	for _, c := range queries {
		c.q.Limit = 20
		rb.SetSearchRanked(100)
		full := ids(search(t, s, c.q))
		if len(full) != c.want {
			t.Errorf("%s: the full answer has %d hits %v, want %d", c.name, len(full), full, c.want)
			continue
		}
		rb.SetSearchRanked(bound)
		first := c.q
		first.Limit = bound // a page within the bound
		hits, latest, err := rb.SearchRanked(context.Background(), first)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := ids(hits)
		// The answer says it ranked the latest matches when there were
		// as many as it ranks.
		if wantLatest := bound * b2i(c.want >= bound); latest != wantLatest {
			t.Errorf("%s, %d latest ranked: the answer says it ranked the latest %d, want %d", c.name, bound, latest, wantLatest)
		}
		if want := latestOf(full, stored, bound); !reflect.DeepEqual(got, want) {
			t.Errorf("%s, %d latest ranked: got %v, want %v (full answer %v)", c.name, bound, got, want, full)
		}
		if c.want <= bound && !reflect.DeepEqual(got, full[:min(bound, len(full))]) {
			t.Errorf("%s: fewer matches than the bound, got %v, want the full answer %v", c.name, got, full)
		}
		// A page past the bound ranks as many of the latest as it reaches.
		page := c.q
		page.Limit, page.Offset = 3, 3
		want := latestOf(full, stored, 6)
		want = want[min(3, len(want)):]
		hits, latest, err = rb.SearchRanked(context.Background(), page)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := ids(hits); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s, hits 4 to 6 with %d ranked: got %v, want %v", c.name, bound, got, want)
		}
		if wantLatest := 6 * b2i(c.want >= 6); latest != wantLatest && len(want) > 0 {
			t.Errorf("%s, hits 4 to 6: the answer says it ranked the latest %d, want %d", c.name, latest, wantLatest)
		}
	}
	// Back to the default bound, far above twelve matches: the full answer.
	rb.SetSearchRanked(0)
	if got, latest, err := rb.SearchRanked(context.Background(), attache.SearchQuery{Query: "cooperation", Limit: 20}); err != nil || len(got) != 12 || latest != 0 {
		t.Errorf("default bound: got %d hits, latest %d, %v; want all 12 ranked", len(got), latest, err)
	}
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// latestOf keeps of the ranked ids those of the k stored last among
// them, in rank order.
func latestOf(ranked []string, stored []*attache.Article, k int) []string {
	seq := map[string]int{}
	for i, a := range stored {
		seq[a.ID] = i
	}
	byStore := slices.Clone(ranked)
	slices.SortFunc(byStore, func(a, b string) int { return seq[b] - seq[a] })
	keep := byStore[:min(k, len(byStore))]
	var out []string
	for _, id := range ranked {
		if slices.Contains(keep, id) {
			out = append(out, id)
		}
	}
	return out
}
