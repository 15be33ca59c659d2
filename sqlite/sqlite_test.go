package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"attache"
	"attache/sqlite"
	"attache/storetest"
)

// mustOpen opens a new database file in a temp dir.
func mustOpen(t testing.TB, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) attache.Store {
		return mustOpen(t, filepath.Join(t.TempDir(), "attache.db"))
	})
}

func TestOpenCreatesDirAndMigratesOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "nested", "dir", "kb.db")
	db := mustOpen(t, path)
	storetest.MustPut(t, db, &attache.Article{ID: "keep", Text: "Kept across reopen.", Published: "2024-05-06"})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 { // reopening applies nothing new and keeps the data
		db = mustOpen(t, path)
		if got := storetest.MustArticle(t, db, "keep"); got.Text != "Kept across reopen." || got.Published != "2024-05-06" {
			t.Errorf("after reopen: %+v", got)
		}
		db.Close()
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var n, versions int
	if err := raw.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT version) FROM schema_migrations`).Scan(&n, &versions); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("migrations/*.sql")
	if n != len(files) || versions != n || n == 0 {
		t.Errorf("schema_migrations has %d rows (%d versions), want one per file (%d)", n, versions, len(files))
	}
	var mode string
	if err := raw.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
}

func TestOpenBadPath(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain-file")
	if err := os.WriteFile(file, []byte("not a dir"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"", filepath.Join(file, "kb.db")} {
		if db, err := sqlite.Open(context.Background(), path); err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded, want an error", path)
		} else if path != "" && !strings.Contains(err.Error(), "plain-file") {
			t.Errorf("Open(%q): error %q does not name the path", path, err)
		}
	}
	// A file that is not SQLite is refused with its name.
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, bytes.Repeat([]byte("junk "), 1000), 0o644); err != nil {
		t.Fatal(err)
	}
	if db, err := sqlite.Open(context.Background(), junk); err == nil {
		db.Close()
		t.Error("Open(junk) succeeded")
	} else if !strings.Contains(err.Error(), "junk.db") {
		t.Errorf("Open(junk): %v does not name the file", err)
	}
}

// TestTwoHandles writes from two independent handles on one file, as two
// ingest processes would: WAL, busy_timeout and IMMEDIATE transactions
// must let both finish without a "database is locked" error.
func TestTwoHandles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	a, b := mustOpen(t, path), mustOpen(t, path)
	defer a.Close()
	defer b.Close()
	var wg sync.WaitGroup
	for w, db := range []*sqlite.DB{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 40 {
				art := &attache.Article{ID: fmt.Sprintf("h%d-%d", w, i), Text: "Joint patrol number " + fmt.Sprint(i)}
				if err := db.PutArticle(context.Background(), art); err != nil {
					t.Errorf("handle %d: %v", w, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	_, total, err := a.FindArticles(context.Background(), attache.ArticleFilter{})
	if err != nil || total != 80 {
		t.Errorf("total %d (%v), want 80", total, err)
	}
}

func TestFTSQuery(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ha noi", `"ha" "noi"`},
		{`"defence strategy" dialogue`, `"defence strategy" "dialogue"`},
		{`peacekeep*`, `"peacekeep"*`},
		{`NEAR(a b)`, `"NEAR(a" "b)"`},
		{`say "hi`, `"say" "hi"`},
		{`a"b`, `"a" "b"`},
		{`col:x`, `"col:x"`},
		{"* - ^ \"\"", ``},
		{"tab\tnul\x00end", `"tab" "nul" "end"`},
		{"", ""},
	}
	for _, c := range cases {
		if got := sqlite.FTSQuery(c.in); got != c.want {
			t.Errorf("FTSQuery(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// FuzzSearch checks that no user query makes Search fail.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"ha noi", `"a b`, "x*", "NEAR(", "a:b", "^", "\x00", "Hà Nội", "OR AND NOT", "(", ")"} {
		f.Add(s)
	}
	db := mustOpen(f, filepath.Join(f.TempDir(), "fuzz.db"))
	defer db.Close()
	storetest.MustPut(f, db, &attache.Article{ID: "x", Title: "Hà Nội talks", Text: "Defence strategy dialogue in Hà Nội."})
	f.Fuzz(func(t *testing.T, q string) {
		_, err := db.Search(context.Background(), attache.SearchQuery{Query: q})
		if err != nil && attache.ErrorCode(err) != attache.EINVALID {
			t.Fatalf("query %q: %v", q, err)
		}
	})
}

func TestKnowledgeContract(t *testing.T) {
	storetest.RunKnowledge(t, func(t *testing.T) storetest.KnowledgeStore {
		return mustOpen(t, filepath.Join(t.TempDir(), "kb.db"))
	})
}
