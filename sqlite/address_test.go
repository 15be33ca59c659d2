package sqlite_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache/sqlite"
)

// TestOpenRefusesOthers: an existing file that is not an attache database
// (a text file, another program's SQLite database, a folder) is refused
// with one clear message and left as it was; an address with a scheme is
// not taken for a file name.
func TestOpenRefusesOthers(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("Meeting notes, not a database.\n"), 0o644)
	other := filepath.Join(dir, "other.sqlite")
	odb, err := sql.Open("sqlite", "file:"+other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := odb.Exec(`CREATE TABLE contacts (name TEXT)`); err != nil {
		t.Fatal(err)
	}
	odb.Close()
	before, _ := os.ReadFile(other)
	for path, want := range map[string]string{
		text:                         "not an SQLite database",
		other:                        "not an attache database",
		dir:                          "is a folder",
		"postgres://user:pw@host/kb": "unsupported database address",
		"mysql://root@localhost/kb":  "unsupported database address",
	} {
		db, err := sqlite.Open(context.Background(), path)
		if err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded", path)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, want) || strings.Contains(msg, "\n") || strings.Contains(msg, ":pw@") {
			t.Errorf("Open(%q): %q, want one line saying %q (and no password)", path, msg, want)
		}
	}
	if after, _ := os.ReadFile(other); string(after) != string(before) {
		t.Error("another program's database was changed")
	}
	if _, err := os.Stat("postgres:"); err == nil {
		os.RemoveAll("postgres:")
		t.Error("a folder named postgres: was created")
	}
	// An empty file is a new database.
	empty := filepath.Join(dir, "new.db")
	os.WriteFile(empty, nil, 0o644)
	db, err := sqlite.Open(context.Background(), empty)
	if err != nil {
		t.Fatalf("empty file: %v", err)
	}
	db.Close()
}
