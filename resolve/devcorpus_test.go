package resolve_test

import (
	"context"
	"testing"

	"attache/extract"
	"attache/ingest"
	"attache/storetest"
)

// TestDevCorpusGiang ingests the dev corpus with the real extractor and
// the resolver hooked into the ingest service: "Phan Van Giang" (2024)
// and "Phan Văn Giang" (2025) must be one person with both articles.
func TestDevCorpusGiang(t *testing.T) {
	dir := storetest.CorpusDir(t)
	ctx := context.Background()
	svc, db := openService(t)
	k := defaultKB(t)
	ex, err := extract.New(k)
	if err != nil {
		t.Fatal(err)
	}
	in := &ingest.Service{Store: db, Extractor: ex, Workers: 2, Resolver: svc}
	res, err := in.Ingest(ctx, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 5 || len(res.Warnings) != 0 {
		t.Fatalf("ingest: %d new, warnings %v", res.New, res.Warnings)
	}
	check := func(when string) {
		for _, name := range []string{"Phan Van Giang", "Phan Văn Giang", "General Phan Van Giang"} {
			p, err := svc.EntityProfile(ctx, name)
			if err != nil {
				t.Fatalf("%s: %s: %v", when, name, err)
			}
			dates := map[string]bool{}
			for _, s := range p.Sources {
				dates[s.Published] = true
			}
			if !dates["2024-12-26"] || !dates["2025-12-10"] {
				t.Errorf("%s: %s has sources %+v, want the 2024-12-26 and 2025-12-10 articles", when, name, p.Sources)
			}
		}
	}
	check("incremental")
	if _, err := svc.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	check("rebuild")
}
