package storetest

import (
	"context"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	"attache"
	"attache/internal/devcorpus"
	"attache/internal/manifest"
	"attache/sample"
	"attache/score"
)

// CorpusDir returns the dev corpus directory (see internal/devcorpus):
// the test fails when it is missing and CI=true, and is skipped otherwise.
func CorpusDir(t testing.TB) string {
	t.Helper()
	return devcorpus.Dir(t)
}

// DevCorpus returns the dev articles (../shared/corpus/dev) as stored
// articles; see Corpus. It skips the test when the corpus is absent,
// unless CI=true.
func DevCorpus(t testing.TB) []*attache.Article {
	t.Helper()
	return Corpus(t, os.DirFS(CorpusDir(t)))
}

// SampleCorpus returns the bundled sample corpus (package sample) as
// stored articles; see Corpus. It is always there.
func SampleCorpus(t testing.TB) []*attache.Article {
	t.Helper()
	fsys, err := fs.Sub(sample.FS, sample.Dir)
	if err != nil {
		t.Fatal(err)
	}
	return Corpus(t, fsys)
}

// Corpus returns the articles a MANIFEST.tsv lists in fsys as stored
// articles: raw text as clean text, the manifest's date and source, and
// the gold record (NAME.gold.json) as extraction, its entities mentioned
// at every verbatim occurrence of a name or alias.
func Corpus(t testing.TB, fsys fs.FS) []*attache.Article {
	t.Helper()
	rows, err := manifest.ReadFS(fsys, manifest.Name)
	if err != nil {
		t.Fatal(err)
	}
	var out []*attache.Article
	for _, r := range rows {
		if !strings.HasSuffix(r.File, ".txt") {
			continue
		}
		text, err := fs.ReadFile(fsys, r.File)
		if err != nil {
			t.Fatal(err)
		}
		a := &attache.Article{ID: strings.TrimSuffix(r.File, ".txt"), Path: r.File, Published: r.Published,
			Source: r.Source, Format: "text", Original: text, Text: string(text)}
		a.Title, _, _ = strings.Cut(strings.TrimSpace(a.Text), "\n")
		b, err := fs.ReadFile(fsys, a.ID+".gold.json")
		if err != nil {
			t.Fatal(err)
		}
		g, err := score.ParseGold(b)
		if err != nil {
			t.Fatalf("%s.gold.json: %v", a.ID, err)
		}
		a.Extraction = goldExtraction(g, a.Text)
		out = append(out, a)
	}
	if len(out) == 0 {
		t.Fatalf("no articles in %s", manifest.Name)
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

// testDevCorpus runs testCorpus on the dev articles.
func testDevCorpus(t *testing.T, s attache.Store) { testCorpus(t, s, DevCorpus(t)) }

// testSampleCorpus runs testCorpus on the bundled sample articles.
func testSampleCorpus(t *testing.T, s attache.Store) { testCorpus(t, s, SampleCorpus(t)) }

// testCorpus stores articles with their gold records and checks that
// each comes back whole and is found by its people, its event types and
// its date.
func testCorpus(t *testing.T, s attache.Store, docs []*attache.Article) {
	ctx := context.Background()
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
