// Package storetest is the contract test suite every attache.Store
// implementation runs: storetest.Run(t, open) with a function that opens a
// fresh, empty store. It checks round-trips, error codes, filters,
// full-text search and concurrency, on articles written for the suite and
// on the dev corpus (../shared/corpus/dev from the module root) when it is
// present.
package storetest

import (
	"context"
	"io"
	"reflect"
	"testing"

	"attache"
)

// Run runs the whole contract suite. open must return a new, empty store
// for each call; Run closes it when the subtest ends.
func Run(t *testing.T, open func(t *testing.T) attache.Store) {
	runEach(t, open, []subtest[attache.Store]{
		{"RoundTrip", testRoundTrip},
		{"NoExtraction", testNoExtraction},
		{"NotExtractedReason", testNotExtracted},
		{"ManyMentions", testManyMentions},
		{"Conflict", testConflict},
		{"Invalid", testInvalid},
		{"NotFound", testNotFound},
		{"FindArticles", testFindArticles},
		{"FindArticlesInvalid", testFindArticlesInvalid},
		{"FindArticlesAfter", testFindArticlesAfter},
		{"SearchWithoutWordsAfter", testSearchWithoutWordsAfter},
		{"Search", testSearch},
		{"SearchSnippet", testSearchSnippet},
		{"SearchDiacritics", testSearchDiacritics},
		{"SearchFilters", testSearchFilters},
		{"SearchHostileQueries", testSearchHostile},
		{"SearchEntityAndType", testSearchEntityType},
		{"SearchEventDateBounds", testSearchEventDateBounds},
		{"SearchRankedLatest", testSearchRankedLatest},
		{"ArticleFacets", testArticleFacets},
		{"ReplaceExtraction", testReplaceExtraction},
		{"Fingerprints", testFingerprints},
		{"ConcurrentPut", testConcurrentPut},
		{"DevCorpus", testDevCorpus},
		{"SampleCorpus", testSampleCorpus},
	})
}

// subtest is one named test of a contract suite on a store of type S.
type subtest[S any] struct {
	name string
	fn   func(t *testing.T, s S)
}

// runEach runs each test on a new store from open and closes the store
// when the test ends.
func runEach[S io.Closer](t *testing.T, open func(t *testing.T) S, tests []subtest[S]) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tt.fn(t, s)
		})
	}
}

// MustPut stores articles, failing the test on any error.
func MustPut(t testing.TB, s attache.Store, as ...*attache.Article) {
	t.Helper()
	for _, a := range as {
		if err := s.PutArticle(context.Background(), a); err != nil {
			t.Fatalf("put %s: %v", a.ID, err)
		}
	}
}

// MustArticle loads an article, failing the test on any error.
func MustArticle(t testing.TB, s attache.Store, id string) *attache.Article {
	t.Helper()
	a, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatalf("article %s: %v", id, err)
	}
	return a
}

// wantCode fails unless err carries the attache error code.
func wantCode(t *testing.T, err error, code, what string) {
	t.Helper()
	if got := attache.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (%v), want %q", what, got, err, code)
	}
}

// normalized returns a copy of x in the form a store gives back: the
// top-level slices and every entity's mentions are non-nil.
func normalized(x *attache.Extraction) *attache.Extraction {
	if x == nil {
		return nil
	}
	y := *x
	y.Entities = append([]attache.Entity{}, x.Entities...)
	for i := range y.Entities {
		if y.Entities[i].Mentions == nil {
			y.Entities[i].Mentions = []attache.Mention{}
		}
	}
	if y.Events == nil {
		y.Events = []attache.Event{}
	}
	if y.Quantities == nil {
		y.Quantities = []attache.Quantity{}
	}
	if y.Sentences == nil {
		y.Sentences = []attache.Span{}
	}
	return &y
}

// sameArticle compares everything a store must keep; IngestedAt is compared
// as an instant.
func sameArticle(t *testing.T, got, want *attache.Article) {
	t.Helper()
	if !got.IngestedAt.Equal(want.IngestedAt) {
		t.Errorf("IngestedAt = %v, want %v", got.IngestedAt, want.IngestedAt)
	}
	g, w := *got, *want
	g.IngestedAt = w.IngestedAt
	g.Extraction, w.Extraction = nil, nil
	if !reflect.DeepEqual(g, w) {
		t.Errorf("article differs:\n got %+v\nwant %+v", g, w)
	}
	gx, wx := got.Extraction, normalized(want.Extraction)
	if !reflect.DeepEqual(gx, wx) {
		t.Errorf("extraction differs:\n got %+v\nwant %+v", gx, wx)
	}
}

func ids(hits []attache.SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

func articleIDs(as []*attache.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}
