package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportImportCommands backs up the sample base with `export`,
// restores it with `import` into a new file, and checks that the restored
// base exports to the same file; then that a cut file is refused with its
// line and leaves no database behind.
func TestExportImportCommands(t *testing.T) {
	dir := t.TempDir()
	db, restored := filepath.Join(dir, "kb.db"), filepath.Join(dir, "restored.db")
	if _, stderr, err := runCmd(t, "", "ingest", sampleDir(t), "--db", db, "--workers", "2"); err != nil {
		t.Fatalf("ingest: %v %s", err, stderr)
	}
	backup := filepath.Join(dir, "backup.jsonl")
	if _, stderr, err := runCmd(t, "", "export", "--format", "jsonl", "-o", backup, "--db", db); err != nil {
		t.Fatalf("export: %v %s", err, stderr)
	}
	out, stderr, err := runCmd(t, "", "import", backup, "--db", restored)
	if err != nil || !strings.Contains(out, "imported") {
		t.Fatalf("import: %v %q %s", err, out, stderr)
	}
	again, stderr, err := runCmd(t, "", "export", "--db", restored)
	if err != nil {
		t.Fatalf("export of the restored base: %v %s", err, stderr)
	}
	first, err := os.ReadFile(backup)
	if err != nil {
		t.Fatal(err)
	}
	_, a, _ := strings.Cut(string(first), "\n") // the header holds the time of export
	_, b, _ := strings.Cut(again, "\n")
	if a != b {
		t.Error("the restored base exports differently from the original")
	}
	if _, _, err := runCmd(t, "", "import", backup, "--db", restored); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("import into a full base: %v, want a refusal", err)
	}

	cut := filepath.Join(dir, "cut.jsonl")
	lines := strings.SplitAfter(string(first), "\n")
	if err := os.WriteFile(cut, []byte(strings.Join(lines[:len(lines)/2], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(dir, "fresh.db")
	_, _, err = runCmd(t, "", "import", cut, "--db", fresh)
	if err == nil || !strings.Contains(err.Error(), "line ") || !strings.Contains(err.Error(), "nothing was imported") {
		t.Errorf("import of a cut file: %v, want its line and nothing imported", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*fresh*")); len(left) > 0 {
		t.Errorf("a refused import left %v", left)
	}
}
