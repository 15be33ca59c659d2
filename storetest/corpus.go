package storetest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"attache"
	"attache/internal/devcorpus"
	"attache/internal/manifest"
	"attache/score"
)

// CorpusDir returns the dev corpus directory (see internal/devcorpus):
// the test fails when it is missing and CI=true, and is skipped otherwise.
func CorpusDir(t testing.TB) string {
	t.Helper()
	return devcorpus.Dir(t)
}

// DevCorpus returns the dev articles as stored articles: raw text as clean
// text, the manifest's date and source, and the gold record as extraction
// (mentions are every verbatim occurrence of a name or alias).
func DevCorpus(t testing.TB) []*attache.Article {
	t.Helper()
	dir := CorpusDir(t)
	rows, err := manifest.ReadFS(os.DirFS(dir), manifest.Name)
	if err != nil {
		t.Fatal(err)
	}
	var out []*attache.Article
	for _, r := range rows {
		if !strings.HasSuffix(r.File, ".txt") {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, r.File))
		if err != nil {
			t.Fatal(err)
		}
		a := &attache.Article{ID: strings.TrimSuffix(r.File, ".txt"), Path: r.File, Published: r.Published,
			Source: r.Source, Format: "text", Original: text, Text: string(text)}
		a.Title, _, _ = strings.Cut(strings.TrimSpace(a.Text), "\n")
		g, err := score.ReadGold(filepath.Join(dir, a.ID+".gold.json"))
		if err != nil {
			t.Fatal(err)
		}
		a.Extraction = goldExtraction(g, a.Text)
		out = append(out, a)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no articles in %s", dir, manifest.Name)
	}
	return out
}

// goldExtraction is a gold record as an extraction whose entities are
// mentioned at every verbatim occurrence of their name or aliases.
func goldExtraction(g *score.Doc, text string) *attache.Extraction {
	x := g.Extraction()
	for i := range x.Entities {
		e := &x.Entities[i]
		e.Mentions = nil
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			for at := 0; ; {
				i := strings.Index(text[at:], form)
				if i < 0 || form == "" {
					break
				}
				e.Mentions = append(e.Mentions, attache.Mention{Start: at + i, End: at + i + len(form), Text: form})
				at += i + len(form)
			}
		}
	}
	return x
}

// testDevCorpus stores the dev articles with their gold records and checks
// that each comes back whole and is found by its people, its event types
// and its date.
func testDevCorpus(t *testing.T, s attache.Store) {
	ctx := context.Background()
	docs := DevCorpus(t)
	MustPut(t, s, docs...)
	for _, want := range docs {
		sameArticle(t, MustArticle(t, s, want.ID), want)
		found := func(what string, q attache.SearchQuery) {
			t.Helper()
			q.Limit = 100
			if got := ids(search(t, s, q)); !slices.Contains(got, want.ID) {
				t.Errorf("%s: %s %+v: got %v", want.ID, what, q, got)
			}
		}
		for _, e := range want.Extraction.Entities {
			if e.Type != attache.Person {
				continue
			}
			found("entity filter", attache.SearchQuery{Entity: e.Name})
			if strings.Contains(want.Text, e.Name) {
				found("name as phrase", attache.SearchQuery{Query: `"` + e.Name + `"`})
			}
		}
		for _, ev := range want.Extraction.Events {
			found("event type", attache.SearchQuery{Type: attache.EventType(ev.Type)})
		}
		if want.Published != "" {
			got, _, err := s.FindArticles(ctx, attache.ArticleFilter{From: want.Published, To: want.Published})
			if err != nil || !slices.Contains(articleIDs(got), want.ID) {
				t.Errorf("%s: date filter %s: %v %v", want.ID, want.Published, articleIDs(got), err)
			}
		}
	}
}
