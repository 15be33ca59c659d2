package storetest

import (
	"context"
	"reflect"
	"testing"

	"attache"
)

// facetMap turns facet counts into "facet/value" → count for comparison.
func facetMap(fs []attache.FacetCount) map[string]int {
	out := map[string]int{}
	for _, f := range fs {
		out[f.Facet+"/"+f.Value] = f.Count
	}
	return out
}

func testSearchFacets(t *testing.T, s attache.Store) {
	ctx := context.Background()
	arts := filterSet()
	// Two country mentions of one country in one article count once.
	arts[0].Extraction.Entities = append(arts[0].Extraction.Entities,
		attache.Entity{ID: "e2", Type: attache.Country, Name: "India", Country: "IN"},
		attache.Entity{ID: "e3", Type: attache.Country, Name: "Vietnam", Country: "VN"})
	arts[0].Extraction.Events = append(arts[0].Extraction.Events, attache.Event{Type: "meeting", Salience: "minor"})
	arts[2].Extraction.Entities = append(arts[2].Extraction.Entities,
		attache.Entity{ID: "e2", Type: attache.Country, Name: "Vietnam", Country: "VN"})
	MustPut(t, s, arts...)

	got, err := s.SearchFacets(ctx, attache.SearchQuery{Source: "VNA"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"source/VNA": 2, "year/2024": 1, "year/2025": 1, "type/meeting": 1, "type/deployment": 1,
		"country/India": 1, "country/Vietnam": 2}
	if !reflect.DeepEqual(facetMap(got), want) {
		t.Errorf("facets of a filter\n got %v\nwant %v", facetMap(got), want)
	}

	// Limit counts the top hits only: the newest VNA article is a-hanoi.
	got, err = s.SearchFacets(ctx, attache.SearchQuery{Source: "VNA", Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if m := facetMap(got); m["source/VNA"] != 1 || m["type/deployment"] != 0 || m["type/meeting"] != 1 {
		t.Errorf("facets of the top hit: %v", m)
	}

	// Words: the ranked hits, as Search finds them; a-juba ranks first.
	got, err = s.SearchFacets(ctx, attache.SearchQuery{Query: "peacekeeping"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(facetMap(got), want) {
		t.Errorf("facets of words\n got %v\nwant %v", facetMap(got), want)
	}
	got, err = s.SearchFacets(ctx, attache.SearchQuery{Query: "peacekeeping", Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	want = map[string]int{"source/VNA": 1, "year/2024": 1, "type/deployment": 1, "country/Vietnam": 1}
	if !reflect.DeepEqual(facetMap(got), want) {
		t.Errorf("facets of the best hit\n got %v\nwant %v", facetMap(got), want)
	}

	_, err = s.SearchFacets(ctx, attache.SearchQuery{})
	wantCode(t, err, attache.EINVALID, "facets of an empty query")
	_, err = s.SearchFacets(ctx, attache.SearchQuery{Source: "VNA", Limit: -1})
	wantCode(t, err, attache.EINVALID, "facets with a negative limit")
}
