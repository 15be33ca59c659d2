// Package sqlite is the default attache.Store: one SQLite file through the
// pure-Go driver modernc.org/sqlite (no cgo), in WAL mode, with numbered
// migrations embedded in the binary and applied on open.
//
// Full-text search uses an FTS5 external-content table over articles.title
// and articles.text (tokenizer unicode61 with remove_diacritics 2, so "ha
// noi" finds "Hà Nội"), kept in sync by triggers. Extractions are stored in
// normalised tables (entities, entity_keys, mentions, events, quantities,
// sentences) so that query commands can use SQL over them.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"attache"
	"attache/internal/sqlbase"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

var _ attache.Store = (*DB)(nil)

// busyTimeout is how long, in milliseconds, a connection waits for another
// writer (another goroutine or another ingest process) before giving up.
// It is long because another process's knowledge write over a large batch
// can hold the file for many seconds on a loaded machine, and an article
// that gives up is reported as failed.
const busyTimeout = 60000

// DB is an attache.Store over one SQLite file. It is safe for concurrent use.
//
// Writes go through a pool of one connection, so writers of this process
// queue in Go rather than fail with SQLITE_BUSY; transactions begin
// IMMEDIATE so that writers in other processes wait on busy_timeout instead
// of failing on a lock upgrade. Reads use their own pool and, thanks to
// WAL, never block on writers.
type DB struct {
	path   string
	write  *sql.DB
	read   *sql.DB
	ranked sqlbase.RankBound // how many of a search's latest matches are ranked
}

// Open opens (creating if needed) the SQLite database at path, creating its
// parent directory if missing, and applies pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, attache.Errorf(attache.EINVALID, "no database path given")
	}
	if err := checkExisting(ctx, path); err != nil {
		return nil, err
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create database dir %s: %w", dir, err)
		}
	}
	db := &DB{path: path}
	var err error
	// The writer pool also sets journal_mode=WAL, which is persistent in the
	// file; the reader pool is opened only after the migrations have run.
	if db.write, err = sql.Open("sqlite", dsn(path, "_txlock=immediate&_pragma=cache_size(-65536)&_pragma=temp_store(MEMORY)")); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.write.SetMaxOpenConns(1)
	if err := db.write.PingContext(ctx); err != nil {
		db.write.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := migrate(ctx, db.write); err != nil {
		db.write.Close()
		return nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	// Readers keep 32 MB of pages each (SQLite's default is 2 MB): the
	// pages of a large base's indexes then stay in memory between
	// requests instead of being read again through the file system.
	if db.read, err = sql.Open("sqlite", dsn(path, "_pragma=query_only(1)&_pragma=cache_size(-32768)")); err != nil {
		db.write.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// checkExisting refuses what Open must not touch: an address with a
// scheme (postgres://..., which would otherwise become a folder named
// "postgres:"), a folder, a file that is not SQLite, and another
// program's SQLite database (which migrations would change).
func checkExisting(ctx context.Context, path string) error {
	if scheme, _, ok := strings.Cut(path, "://"); ok && isScheme(scheme) {
		return attache.Errorf(attache.EINVALID, "unsupported database address %s: give an SQLite file path or a postgres:// address", redact(path))
	}
	st, err := os.Stat(path)
	if err != nil || st.Size() == 0 && st.Mode().IsRegular() {
		return nil // missing or empty: a new database (other errors surface on open)
	}
	if st.IsDir() {
		return attache.Errorf(attache.EINVALID, "%s is a folder: give the database file inside it", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	head := make([]byte, 16)
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || string(head) != "SQLite format 3\x00" {
		return attache.Errorf(attache.EINVALID, "%s is not an SQLite database: give a new file name or an attache database", path)
	}
	db, err := sql.Open("sqlite", dsnReadOnly(path))
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	var tables, ours int
	err = db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE name = 'schema_migrations')
		FROM sqlite_master WHERE type = 'table'`).Scan(&tables, &ours)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	if tables > 0 && ours == 0 {
		return attache.Errorf(attache.EINVALID, "%s is not an attache database (an SQLite database of another program): it was left untouched", path)
	}
	return nil
}

// isScheme reports whether s is a URL scheme: a letter, then letters,
// digits, "+", "-" or ".".
func isScheme(s string) bool {
	if s == "" || !('a' <= s[0] && s[0] <= 'z' || 'A' <= s[0] && s[0] <= 'Z') {
		return false
	}
	return strings.Trim(strings.ToLower(s), "abcdefghijklmnopqrstuvwxyz0123456789+-.") == ""
}

// redact hides the password of an address's user information.
func redact(addr string) string {
	if u, err := url.Parse(addr); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
			return u.String()
		}
	}
	return addr
}

// dsnReadOnly opens an existing path for reading only (query_only, and
// no journal-mode pragma, which would write to the file).
func dsnReadOnly(path string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return fmt.Sprintf("file:%s?_pragma=busy_timeout(%d)&_pragma=query_only(1)", esc, busyTimeout)
}

// dsn builds the driver's connection string: the path as a file: URI (so
// that a '?' or '#' in a file name is not taken for parameters) and the
// per-connection pragmas.
func dsn(path string, extra string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return fmt.Sprintf("file:%s?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)"+
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&%s", esc, busyTimeout, extra)
}

// Path returns the file the database lives in.
func (db *DB) Path() string { return db.path }

// Close closes both connection pools.
func (db *DB) Close() error {
	var errs []error
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	for _, err := range errs {
		if err != nil {
			return fmt.Errorf("close %s: %w", db.path, err)
		}
	}
	return nil
}
