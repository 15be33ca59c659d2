package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/sqlite"
)

// TestIngestBudget: an article over the extraction budget is stored
// without extraction, named on stderr with the reason and counted in the
// summary; the other article of the run is extracted; reextract with a
// larger budget extracts it later.
func TestIngestBudget(t *testing.T) {
	dir := t.TempDir()
	hostile := filepath.Join(dir, "hostile.txt")
	os.WriteFile(hostile, []byte(strings.Repeat("on May 5, ", 300_000)), 0o644)
	os.WriteFile(filepath.Join(dir, "normal.txt"), []byte("The defence ministers of Peru and Chile met in Lima on Monday.\n"), 0o644)
	db := filepath.Join(t.TempDir(), "a.db")

	// 30 ms is plenty for the short article, too little for 3 MB at any speed seen so far
	out, stderr, err := runCmd(t, "", "ingest", "--db", db, "--workers", "1", "--budget", "30ms", dir)
	if err != nil || out != "new 2, duplicate 0, near-duplicate 0, failed 0, not extracted 1\n" {
		t.Fatalf("ingest: %v\nstdout %q\nstderr %q", err, out, stderr)
	}
	if !strings.Contains(stderr, hostile+": stored without extraction: extraction ran over its time budget") {
		t.Errorf("stderr %q does not name the hostile file and the reason", stderr)
	}
	extracted := func() map[string]bool {
		st, err := sqlite.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		arts, _, err := st.FindArticles(context.Background(), attache.ArticleFilter{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, a := range arts {
			full, err := st.Article(context.Background(), a.ID)
			if err != nil {
				t.Fatal(err)
			}
			got[filepath.Base(full.Path)] = full.Extraction != nil
		}
		return got
	}
	if got := extracted(); !got["normal.txt"] || got["hostile.txt"] {
		t.Errorf("after ingest, extracted: %v; want normal.txt only", got)
	}

	out, stderr, err = runCmd(t, "", "reextract", "--db", db, "--budget", "5m")
	if err != nil || !strings.HasPrefix(out, "reextracted 2 articles") {
		t.Fatalf("reextract: %v\nstdout %q\nstderr %q", err, out, stderr)
	}
	if got := extracted(); !got["normal.txt"] || !got["hostile.txt"] {
		t.Errorf("after reextract, extracted: %v; want both", got)
	}
}
