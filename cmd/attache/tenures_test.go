package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEntityTenures: two reports word one post differently ("Jordanian
// Minister of Defence", "Defence Minister"); `attache entity` shows one
// tenure from both, with the first and last report.
func TestEntityTenures(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	reports := []struct{ name, published, text string }{
		{"a.txt", "2023-03-02", "Jordanian Minister of Defence meets Omani delegation\n\nJordanian Minister of Defence Kamal Haddad received a delegation of the Royal Army of Oman in Amman on March 1, 2023.\n"},
		{"b.txt", "2024-05-05", "Jordan defence minister visits Muscat\n\nDefence Minister Kamal Haddad visited Muscat on May 4, 2024, and met Omani officers.\n"},
	}
	for _, r := range reports {
		path := filepath.Join(dir, r.name)
		if err := os.WriteFile(path, []byte(r.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, stderr, err := runCmd(t, "", "ingest", path, "--published", r.published, "--db", db); err != nil {
			t.Fatalf("ingest %s: %v %s", r.name, err, stderr)
		}
	}
	out, _, err := runCmd(t, "", "entity", "Kamal Haddad", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	_, posts, ok := strings.Cut(out, "posts held")
	if !ok {
		t.Fatalf("no tenures in:\n%s", out)
	}
	posts, _, _ = strings.Cut(posts, "\n\n")
	if want := "2023-03-02 – 2024-05-05 Minister of Defence — Ministry of Defence  (2 sources)"; !strings.Contains(posts, want) || strings.Count(posts, "\n") != 1 {
		t.Errorf("tenures:\n%s\nwant one line %q", posts, want)
	}
}
