package server

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"attache"
	"attache/extract"
	"attache/ingest"
	"attache/internal/devcorpus"
	"attache/internal/gen"
	"attache/query"
)

// The ledger page reads each unit's totals and latest rotations
// (ledgerOfUnits) instead of every rotation (shownLedger of ledgerOf):
// both give the same ledger over the bundled sample, the dev corpus and
// generated reports, whose units keep their rotation in their names and
// whose deployments naming no unit are far more than a page shows.
func TestLedgerOfUnitsIsTheLedgerOfEveryRotation(t *testing.T) {
	generated := func(t *testing.T) string {
		g, err := gen.New(1)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		for i := range 1000 {
			a := g.Article(i)
			if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.File()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	for _, c := range []struct {
		name string
		dir  func(t *testing.T) string
	}{
		{"sample", func(t *testing.T) string { return texts(t, filepath.Join("..", "sample", "articles")) }},
		{"dev", func(t *testing.T) string { return texts(t, devcorpus.Dir(t)) }},
		{"generated", generated},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			db := mustOpenStore(t)
			svc := knowledgeOf(t, db)
			ex, err := extract.New(testKB)
			if err != nil {
				t.Fatal(err)
			}
			in := &ingest.Service{Store: db, Extractor: ex, Resolver: svc}
			if _, err := in.Ingest(ctx, []string{c.dir(t)}); err != nil {
				t.Fatal(err)
			}
			r := query.New(db, db, svc)
			all, err := r.Ledger(ctx, attache.DeploymentFilter{}, reviewShown)
			if err != nil {
				t.Fatal(err)
			}
			// The page's count, and a count under most units' rotations.
			for _, shown := range []int{rotationsShown, 2} {
				units, err := r.LedgerUnits(ctx, shown, reviewShown)
				if err != nil {
					t.Fatal(err)
				}
				want, got := shownLedger(ledgerOf(all), shown), ledgerOfUnits(units)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%d shown, ledger from the units:\n%+v\nwant, from every rotation:\n%+v", shown, got, want)
				}
				hidden := 0
				for _, m := range got.Missions {
					for _, u := range m.Units {
						hidden += u.Hidden
					}
				}
				if c.name == "generated" && shown == 2 && (len(got.Missions) < 2 || hidden == 0) {
					t.Errorf("generated: %d missions, %d rotations hidden: the test should reach both", len(got.Missions), hidden)
				}
			}
		})
	}
}

// texts copies the articles (*.txt) of dir to a new folder, leaving out
// their gold files.
func texts(t *testing.T, dir string) string {
	t.Helper()
	out := t.TempDir()
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no article in %s: %v", dir, err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, strings.TrimSuffix(filepath.Base(n), ".txt")+".txt"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}
