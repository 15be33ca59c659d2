package extract

import (
	"attache/internal/devcorpus"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache/clean"
	"attache/internal/manifest"
	"attache/kb"
	"attache/score"
)

// devArticle is one dev article, cleaned as ingest cleans it.
type devArticle struct {
	name, text, published string
	gold                  *score.Doc
}

func devArticles(t testing.TB) []devArticle {
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
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	var out []devArticle
	for _, g := range files {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json") + ".txt"
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		gold, err := score.ReadGold(g)
		if err != nil {
			t.Fatal(err)
		}
		txt := string(raw)
		pub := published[name]
		if date, rest, _, ok := clean.DateHeader(txt); ok {
			txt = rest
			if pub == "" {
				pub = date
			}
		}
		txt, _ = clean.Clean(txt)
		out = append(out, devArticle{name: name, text: txt, published: pub, gold: gold})
	}
	if len(out) == 0 {
		t.Fatal("no gold files in the dev corpus")
	}
	return out
}

// TestDevEntities scores entities against the dev gold with the rules of
// EXTRACTION.md and lists misses and false positives.
func TestDevEntities(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	var rs []*score.Result
	for _, a := range devArticles(t) {
		got := x.Extract(a.name, a.text, a.published)
		r := score.Compare(score.FromExtraction(got), a.gold, score.Options{Canon: score.Canonicalizer(k)})
		for _, it := range r.Misses {
			if it.Kind != "event" {
				t.Logf("%s: miss %s %s", a.name, it.Kind, it.Text)
			}
		}
		for _, it := range r.FalsePositives {
			if it.Kind != "event" {
				t.Logf("%s: false positive %s %s", a.name, it.Kind, it.Text)
			}
		}
		for _, it := range r.Mismatches {
			t.Logf("%s: mismatch %s %s", a.name, it.Kind, it.Text)
		}
		rs = append(rs, r)
	}
	sum := score.Sum("dev", rs)
	t.Logf("entities P=%.3f R=%.3f F1=%.3f; persons F1=%.3f orgs F1=%.3f locations F1=%.3f countries F1=%.3f; rank %.2f; person country %.2f; quantities F1=%.3f",
		sum.Entities.P(), sum.Entities.R(), sum.Entities.F1(), sum.Persons.F1(), sum.Organizations.F1(),
		sum.Locations.F1(), sum.Countries.F1(), sum.Rank.Value(), sum.PersonCountry.Value(), sum.Quantities.F1())
	if f := sum.Entities.F1(); f < 0.95 {
		t.Errorf("dev entity F1 = %.3f, want ≥ 0.95", f)
	}
}
