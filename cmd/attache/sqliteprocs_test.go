package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"attache/internal/gen"
	"attache/sqlite"
)

// TestIngestProcessesOnOneSQLiteFile starts two `attache ingest`
// processes at once on one SQLite file, each over half of 400 generated
// reports of one world (the same persons and events recur): each resolves
// under the file's knowledge lock, after taking in what the other
// resolved since, so that the base ends as one process makes it.
func TestIngestProcessesOnOneSQLiteFile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs subprocesses")
	}
	dir := t.TempDir()
	g, err := gen.New(1)
	if err != nil {
		t.Fatal(err)
	}
	reports := filepath.Join(dir, "reports")
	if err := os.Mkdir(reports, 0o755); err != nil {
		t.Fatal(err)
	}
	var halves [2][]string
	for i := range 400 {
		a := g.Article(i)
		path := filepath.Join(reports, a.Name)
		if err := os.WriteFile(path, []byte(a.File()), 0o644); err != nil {
			t.Fatal(err)
		}
		halves[i%2] = append(halves[i%2], path)
	}
	ref := filepath.Join(dir, "ref.db")
	if out, stderr, err := runOn(t, ref, "ingest", "--db", ref, "--workers", "1", reports); err != nil {
		t.Fatalf("reference run: %v\n%s%s", err, out, stderr)
	}
	want := knowledgeDump(t, ref)

	shared := filepath.Join(dir, "shared.db")
	if _, _, err := runOn(t, shared, "articles", "--db", shared); err != nil {
		t.Fatal(err)
	}
	ingestAtOnce(t, shared, halves[:])
	if got := knowledgeDump(t, shared); got != want {
		t.Errorf("two processes and one differ:\n%s", lineDiff(got, want))
	}
}

// TestNearCopiesAcrossProcessesOnOneSQLiteFile starts two `attache
// ingest` processes at once on one SQLite file, one over 120 generated
// reports and the other over their re-publications (a line added at the
// end): of each pair exactly one is stored as the first copy and the other
// as its near-duplicate, as when one process ingests both, because each
// process judges its first copies again under the file's article lock.
func TestNearCopiesAcrossProcessesOnOneSQLiteFile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs subprocesses")
	}
	const n = 120
	dir := t.TempDir()
	g, err := gen.New(7)
	if err != nil {
		t.Fatal(err)
	}
	var halves [2][]string
	for i := range n {
		a := g.Article(i)
		for k, text := range []string{a.File(), a.File() + "\n\nThis report was updated with a corrected spelling.\n"} {
			path := filepath.Join(dir, fmt.Sprintf("%d_%s", k, a.Name))
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			halves[k] = append(halves[k], path)
		}
	}
	one := filepath.Join(dir, "one.db")
	if out, stderr, err := runOn(t, one, append([]string{"ingest", "--db", one}, append(halves[0], halves[1]...)...)...); err != nil {
		t.Fatalf("one process: %v\n%s%s", err, out, stderr)
	}
	if got := firstCopies(t, one); got != n {
		t.Fatalf("one process stored %d first copies of %d reports and their re-publications, want %d", got, n, n)
	}

	shared := filepath.Join(dir, "shared.db")
	if _, _, err := runOn(t, shared, "articles", "--db", shared); err != nil {
		t.Fatal(err)
	}
	ingestAtOnce(t, shared, halves[:])
	if got := firstCopies(t, shared); got != n {
		t.Errorf("two processes stored %d first copies of %d reports and their re-publications, want %d", got, n, n)
	}
}

// firstCopies counts the articles of the SQLite file at path that are not
// near-duplicates of another.
func firstCopies(t *testing.T, path string) int {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fps, err := db.Fingerprints(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(fps)
}

// ingestAtOnce runs one `attache ingest` process on db for each list of
// files, all at once, and waits for them.
func ingestAtOnce(t *testing.T, db string, lists [][]string) {
	t.Helper()
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for _, fs := range lists {
		cmd := attacheProcess(append([]string{"ingest", "--db", db, "--workers", "1"}, fs...)...)
		out := &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("process %d: %v\n%s", i, err, outs[i])
		}
	}
}
