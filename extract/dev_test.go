package extract

import (
	"testing"

	"attache/internal/devgold"
	"attache/kb"
	"attache/score"
)

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
	sum := devgold.Score(t, k, x.Extract, func(a devgold.Article, r *score.Result) {
		for _, it := range r.Misses {
			if it.Kind != "event" {
				t.Logf("%s: miss %s %s", a.Name, it.Kind, it.Text)
			}
		}
		for _, it := range r.FalsePositives {
			if it.Kind != "event" {
				t.Logf("%s: false positive %s %s", a.Name, it.Kind, it.Text)
			}
		}
		for _, it := range r.Mismatches {
			t.Logf("%s: mismatch %s %s", a.Name, it.Kind, it.Text)
		}
	})
	t.Logf("entities P=%.3f R=%.3f F1=%.3f; persons F1=%.3f orgs F1=%.3f locations F1=%.3f countries F1=%.3f; rank %.2f; person country %.2f; quantities F1=%.3f",
		sum.Entities.P(), sum.Entities.R(), sum.Entities.F1(), sum.Persons.F1(), sum.Organizations.F1(),
		sum.Locations.F1(), sum.Countries.F1(), sum.Rank.Value(), sum.PersonCountry.Value(), sum.Quantities.F1())
	if f := sum.Entities.F1(); f < 0.95 {
		t.Errorf("dev entity F1 = %.3f, want ≥ 0.95", f)
	}
}
