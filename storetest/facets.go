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

func testArticleFacets(t *testing.T, s attache.Store) {
	ctx := context.Background()
	arts := filterSet()
	// Two events of one type, or a country named twice, in one article
	// count once.
	arts[0].Extraction.Entities = append(arts[0].Extraction.Entities,
		attache.Entity{ID: "e2", Type: attache.Country, Name: "India", Country: "IN"},
		attache.Entity{ID: "e3", Type: attache.Country, Name: "Vietnam", Country: "VN"},
		attache.Entity{ID: "e4", Type: attache.Country, Name: "Vietnam", Country: "VN"})
	arts[0].Extraction.Events = append(arts[0].Extraction.Events, attache.Event{Type: "meeting", Salience: "reported"})
	arts[2].Extraction.Entities = append(arts[2].Extraction.Entities,
		attache.Entity{ID: "e2", Type: attache.Country, Name: "Vietnam", Country: "VN"})
	MustPut(t, s, arts...)

	cases := []struct {
		name string
		ids  []string
		want map[string]int
	}{
		{"two articles", []string{"a-hanoi", "a-juba"}, map[string]int{"source/VNA": 2, "year/2024": 1, "year/2025": 1,
			"type/meeting": 1, "type/deployment": 1, "country/India": 1, "country/Vietnam": 2}},
		{"one article", []string{"a-juba"}, map[string]int{"source/VNA": 1, "year/2024": 1, "type/deployment": 1, "country/Vietnam": 1}},
		{"no extraction, no date", []string{"a-tokyo"}, map[string]int{"source/Kyodo": 1}},
		{"unknown and repeated ids", []string{"a-juba", "nope", "a-juba"}, map[string]int{"source/VNA": 1, "year/2024": 1,
			"type/deployment": 1, "country/Vietnam": 1}},
		{"none", nil, map[string]int{}},
	}
	for _, c := range cases {
		got, err := s.ArticleFacets(ctx, c.ids)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got == nil || !reflect.DeepEqual(facetMap(got), c.want) {
			t.Errorf("%s\n got %v\nwant %v", c.name, facetMap(got), c.want)
		}
	}
	_, err := s.ArticleFacets(ctx, make([]string, 501))
	wantCode(t, err, attache.EINVALID, "facets of too many articles")
}
