package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
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

// TestExportFilters runs `export` with the filters of `events`: the
// events file holds what `events` lists, one csv table prints as csv,
// and a bad format or filter is refused.
func TestExportFilters(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	if _, stderr, err := runCmd(t, "", "ingest", sampleDir(t), "--db", db, "--workers", "2"); err != nil {
		t.Fatalf("ingest: %v %s", err, stderr)
	}
	out, _, err := runCmd(t, "", "events", "--country", "AU", "--with", "JP", "--json", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	var list attache.EventList
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list.Events) == 0 {
		t.Fatalf("events: %v %d", err, len(list.Events))
	}
	out, stderr, err := runCmd(t, "", "export", "--format", "events", "--country", "AU", "--with", "JP", "--db", db)
	if err != nil {
		t.Fatalf("export: %v %s", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(list.Events) {
		t.Fatalf("export holds %d events, events lists %d", len(lines), len(list.Events))
	}
	for i, line := range lines {
		var d struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil || d.ID != list.Events[i].ID {
			t.Errorf("line %d: %v %s, want %s", i+1, err, d.ID, list.Events[i].ID)
		}
	}
	out, _, err = runCmd(t, "", "export", "--format", "csv", "--table", "persons", "--db", db)
	if err != nil || !strings.HasPrefix(out, "id,name,country,rank,aliases,articles\r\n") {
		t.Errorf("persons table: %v %.200q", err, out)
	}
	if _, _, err := runCmd(t, "", "export", "--format", "pdf", "--db", db); err == nil || !strings.Contains(err.Error(), "unknown export format") {
		t.Errorf("format pdf: %v", err)
	}
	if _, _, err := runCmd(t, "", "export", "--country", "Vietnam", "--db", db); err == nil || !strings.Contains(err.Error(), "country code") {
		t.Errorf("bad country: %v", err)
	}
}
