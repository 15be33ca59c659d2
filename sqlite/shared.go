package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// What lets several processes resolve into one SQLite file, as they do
// into PostgreSQL: a lock file beside the database that one process at a
// time holds while it resolves or corrects (freed by the system when the
// process dies), and a version of the knowledge base that every write
// moves on, from which a process that kept its build in memory learns
// that another wrote since (and builds again). The log of the writes
// (kb_log) records which articles each write resolved, for diagnosis.

var (
	_ attache.KnowledgeLocker = (*DB)(nil)
	_ attache.ArticleLocker   = (*DB)(nil)
)

// LockKnowledge waits until no other process holds the knowledge lock of
// this database, then takes it. See attache.KnowledgeLocker.
func (db *DB) LockKnowledge(ctx context.Context) (func(), error) {
	if db.path == ":memory:" {
		return func() {}, nil // no other process can open it
	}
	unlock, err := lockFile(ctx, db.path+".kblock")
	if err != nil {
		return nil, fmt.Errorf("lock knowledge: %w", err)
	}
	return unlock, nil
}

// logWrite moves the knowledge base's version on and records what the
// write did, in the write's transaction; a rebuild deletes the entries
// before it.
func logWrite(ctx context.Context, tx *sql.Tx, resolved []string, rebuilt bool) error {
	if resolved == nil {
		resolved = []string{}
	}
	ids, err := json.Marshal(resolved)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE kb_version SET version = version + 1`); err != nil {
		return fmt.Errorf("knowledge version: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO kb_log (version, resolved, rebuilt)
		SELECT version, ?, ? FROM kb_version`, string(ids), rebuilt); err != nil {
		return fmt.Errorf("knowledge log: %w", err)
	}
	if rebuilt {
		if _, err := tx.ExecContext(ctx, `DELETE FROM kb_log WHERE version < (SELECT version FROM kb_version)`); err != nil {
			return fmt.Errorf("knowledge log: %w", err)
		}
	}
	return nil
}

// KnowledgeVersion returns the knowledge base's version. See
// attache.KnowledgeLocker.
func (db *DB) KnowledgeVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := db.write.QueryRowContext(ctx, `SELECT version FROM kb_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("knowledge version: %w", err)
	}
	return v, nil
}

// LockArticles waits until no other process holds the article lock of
// this database (a second lock file beside it), then takes it: ingest
// checks a new article for near copies and stores it under this lock. See
// attache.ArticleLocker.
func (db *DB) LockArticles(ctx context.Context) (func(), error) {
	if db.path == ":memory:" {
		return func() {}, nil
	}
	unlock, err := lockFile(ctx, db.path+".artlock")
	if err != nil {
		return nil, fmt.Errorf("lock articles: %w", err)
	}
	return unlock, nil
}

// FingerprintsAfter returns the fingerprints of the first copies stored
// after position after (the articles' seq, which SQLite gives out at
// insert under its one writer). See attache.ArticleLocker.
func (db *DB) FingerprintsAfter(ctx context.Context, after int64) ([]attache.Fingerprint, int64, error) {
	var last int64
	out, err := readRows(ctx, db.write, "fingerprints", func(rows sqlbase.Rows) (out []attache.Fingerprint, err error) {
		out, last, err = sqlbase.ScanFingerprintsAfter(rows, after)
		return out, err
	}, `SELECT seq, id, simhash, duplicate_of IS NULL FROM articles WHERE seq > ? ORDER BY seq`, after)
	if err != nil {
		return nil, 0, err
	}
	return out, last, nil
}
