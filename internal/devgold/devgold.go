// Package devgold reads the dev corpus's articles with their gold records
// for the tests that score extraction on them. It is apart from devcorpus,
// which the tests of clean, kb and score use and which so must not import
// them.
package devgold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/clean"
	"attache/internal/devcorpus"
	"attache/internal/manifest"
	"attache/kb"
	"attache/score"
)

// Article is one dev article, cleaned as ingest cleans it, with its
// publication date and gold record.
type Article struct {
	Name, Text, Published string
	Gold                  *score.Doc
}

// Articles reads the dev articles that have a gold record. The date comes
// from MANIFEST.tsv, else from the text's date header. Like devcorpus.Dir,
// it skips the test when the corpus is missing (fails under CI=true); it
// fails the test when the corpus holds no gold record.
func Articles(t testing.TB) []Article {
	t.Helper()
	dir := devcorpus.Dir(t)
	rows, err := manifest.ReadFS(os.DirFS(dir), manifest.Name)
	if err != nil {
		t.Fatal(err)
	}
	published := map[string]string{}
	for _, r := range rows {
		published[r.File] = r.Published
	}
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	var out []Article
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json") + ".txt"
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		gold, err := score.ReadGold(g)
		if err != nil {
			t.Fatal(err)
		}
		txt, pub := string(raw), published[name]
		if date, rest, _, ok := clean.DateHeader(txt); ok {
			txt = rest
			if pub == "" {
				pub = date
			}
		}
		txt, _ = clean.Clean(txt)
		out = append(out, Article{Name: name, Text: txt, Published: pub, Gold: gold})
	}
	if len(out) == 0 {
		t.Fatal("no gold files in the dev corpus")
	}
	return out
}

// Score runs extract on every dev article, scores what it finds against
// the article's gold record with k's canonical names, calls each (when not
// nil) with every article's result, and returns the sum over the corpus.
func Score(t testing.TB, k *kb.KB, extract func(doc, text, published string) *attache.Extraction,
	each func(a Article, r *score.Result)) *score.Result {
	t.Helper()
	var rs []*score.Result
	for _, a := range Articles(t) {
		got := extract(a.Name, a.Text, a.Published)
		r := score.Compare(score.FromExtraction(got), a.Gold, score.Options{Canon: score.Canonicalizer(k)})
		if each != nil {
			each(a, r)
		}
		rs = append(rs, r)
	}
	return score.Sum("dev", rs)
}
