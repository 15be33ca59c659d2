package storetest

import (
	"attache/internal/devcorpus"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"attache"
)

// CorpusDir returns the dev corpus directory (see internal/devcorpus):
// the test fails when it is missing and CI=true, and is skipped otherwise.
func CorpusDir(t testing.TB) string {
	t.Helper()
	return devcorpus.Dir(t)
}

// gold is the part of a *.gold.json file (EXTRACTION.md) the suite turns
// into an attache.Extraction.
type gold struct {
	Doc       string `json:"doc"`
	Published string `json:"published"`
	Persons   []struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
		Rank    string   `json:"rank"`
		Titles  []string `json:"titles"`
		Country string   `json:"country"`
	} `json:"persons"`
	Organizations []struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
		Country string   `json:"country"`
	} `json:"organizations"`
	Locations []struct {
		Name    string `json:"name"`
		Country string `json:"country"`
	} `json:"locations"`
	Countries  []string           `json:"countries"`
	Events     []attache.Event    `json:"events"`
	Quantities []attache.Quantity `json:"quantities"`
}

// DevCorpus returns the dev articles as stored articles: raw text as clean
// text, the manifest's date and source, and the gold record as extraction
// (mentions are every verbatim occurrence of a name or alias).
func DevCorpus(t testing.TB) []*attache.Article {
	t.Helper()
	dir := CorpusDir(t)
	manifest, err := os.ReadFile(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var out []*attache.Article
	for i, line := range strings.Split(strings.TrimSpace(string(manifest)), "\n") {
		cols := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if i == 0 || len(cols) == 0 || !strings.HasSuffix(cols[0], ".txt") {
			continue
		}
		for len(cols) < 3 {
			cols = append(cols, "")
		}
		text, err := os.ReadFile(filepath.Join(dir, cols[0]))
		if err != nil {
			t.Fatal(err)
		}
		a := &attache.Article{ID: strings.TrimSuffix(cols[0], ".txt"), Path: cols[0], Published: cols[1],
			Source: cols[2], Format: "text", Original: text, Text: string(text)}
		a.Title, _, _ = strings.Cut(strings.TrimSpace(a.Text), "\n")
		if a.Extraction, err = goldExtraction(filepath.Join(dir, a.ID+".gold.json"), a.Text); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no articles in MANIFEST.tsv", dir)
	}
	return out
}

func goldExtraction(path, text string) (*attache.Extraction, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	x := &attache.Extraction{Doc: g.Doc, Published: g.Published, Events: g.Events, Quantities: g.Quantities}
	add := func(typ attache.EntityType, name string, aliases []string, e attache.Entity) {
		e.ID, e.Type, e.Name, e.Aliases = fmt.Sprintf("e%d", len(x.Entities)+1), typ, name, aliases
		for _, form := range append([]string{name}, aliases...) {
			for at := 0; ; {
				i := strings.Index(text[at:], form)
				if i < 0 || form == "" {
					break
				}
				e.Mentions = append(e.Mentions, attache.Mention{Start: at + i, End: at + i + len(form), Text: form})
				at += i + len(form)
			}
		}
		x.Entities = append(x.Entities, e)
	}
	for _, p := range g.Persons {
		add(attache.Person, p.Name, p.Aliases, attache.Entity{Rank: p.Rank, Titles: p.Titles, Country: p.Country})
	}
	for _, o := range g.Organizations {
		add(attache.Organization, o.Name, o.Aliases, attache.Entity{Country: o.Country})
	}
	for _, l := range g.Locations {
		add(attache.Location, l.Name, nil, attache.Entity{Country: l.Country})
	}
	for _, c := range g.Countries {
		add(attache.Country, c, nil, attache.Entity{Country: c})
	}
	return x, nil
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
