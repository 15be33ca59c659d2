package main

import (
	"context"
	"fmt"
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
	var id string // the hostile article's
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
			if full.Path == hostile {
				id = a.ID
			}
		}
		return got
	}
	if got := extracted(); !got["normal.txt"] || got["hostile.txt"] {
		t.Errorf("after ingest, extracted: %v; want normal.txt only", got)
	}

	// the reason is stored: show prints it, articles marks the article
	reason := "Not extracted: extraction ran over its time budget (30ms, "
	out, stderr, err = runCmd(t, "", "show", "--db", db, id)
	if err != nil || !strings.Contains(out, reason) {
		t.Errorf("show: %v\nstdout %.600q\nstderr %q\nwant %q", err, out, stderr, reason)
	}
	out, stderr, err = runCmd(t, "", "show", "--db", db, "--json", id)
	if err != nil || !strings.Contains(out, `"not_extracted": "extraction ran over its time budget (30ms, `) {
		t.Errorf("show --json: %v\nstdout %.300q\nstderr %q", err, out, stderr)
	}
	if marks := notExtractedMarks(t, db, id); marks != "hostile=true normal=false" {
		t.Errorf("articles marks %s, want the hostile article only", marks)
	}

	out, stderr, err = runCmd(t, "", "reextract", "--db", db, "--budget", "5m")
	if err != nil || !strings.HasPrefix(out, "reextracted 2 articles") {
		t.Fatalf("reextract: %v\nstdout %q\nstderr %q", err, out, stderr)
	}
	if got := extracted(); !got["normal.txt"] || !got["hostile.txt"] {
		t.Errorf("after reextract, extracted: %v; want both", got)
	}
	out, _, _ = runCmd(t, "", "show", "--db", db, id)
	if strings.Contains(out, "Not extracted") {
		t.Errorf("show after reextract still gives a reason:\n%.600s", out)
	}
	if marks := notExtractedMarks(t, db, id); marks != "hostile=false normal=false" {
		t.Errorf("after reextract, articles marks %s, want none", marks)
	}
}

// notExtractedMarks runs "attache articles" and tells, for the article
// hostile (its id) and the other one (normal), whether its line carries
// the not-extracted marker, and checks --json the same way.
func notExtractedMarks(t *testing.T, db, hostile string) string {
	t.Helper()
	out, stderr, err := runCmd(t, "", "articles", "--db", db)
	if err != nil {
		t.Fatalf("articles: %v\n%s", err, stderr)
	}
	marks := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		if !strings.Contains(line, "  ") || strings.HasPrefix(line, "ID") {
			continue
		}
		name := "normal"
		if strings.HasPrefix(line, shortID(hostile)) {
			name = "hostile"
		}
		marks[name] = strings.Contains(line, "(not extracted)")
	}
	js, _, err := runCmd(t, "", "articles", "--db", db, "--json")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(js, `"not_extracted": "extraction ran over its time budget`); (n == 1) != marks["hostile"] {
		t.Errorf("articles --json gives %d reasons, text marks %v:\n%.400s", n, marks, js)
	}
	return fmt.Sprintf("hostile=%v normal=%v", marks["hostile"], marks["normal"])
}

// TestReextractRecordsNewReason: an article stored without extraction that
// fails again in reextract keeps no stale reason: show gives the new one.
func TestReextractRecordsNewReason(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "hostile.txt"), []byte(strings.Repeat("on May 5, ", 300_000)), 0o644)
	db := filepath.Join(t.TempDir(), "a.db")
	if out, stderr, err := runCmd(t, "", "ingest", "--db", db, "--budget", "30ms", dir); err != nil || !strings.Contains(out, "not extracted 1") {
		t.Fatalf("ingest: %v\nstdout %q\nstderr %q", err, out, stderr)
	}
	out, stderr, err := runCmd(t, "", "reextract", "--db", db, "--budget", "20ms")
	if err != nil || !strings.Contains(out, "1 articles over the extraction budget") {
		t.Fatalf("reextract: %v\nstdout %q\nstderr %q", err, out, stderr)
	}
	out, stderr, err = runCmd(t, "", "articles", "--db", db, "--json")
	if err != nil {
		t.Fatalf("articles: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, `"not_extracted": "extraction ran over its time budget (20ms, `) {
		t.Errorf("after reextract with a 20ms budget, articles gives\n%.400s\nwant the reason with 20ms", out)
	}
}
