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
// process dies), and the log of the knowledge writes, from which a
// process that kept its build in memory learns what the others resolved
// since its own last write (or that it must build again).

var _ attache.KnowledgeLocker = (*DB)(nil)

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

// KnowledgeChanges reads the log of the writes after version since. See
// attache.KnowledgeLocker.
func (db *DB) KnowledgeChanges(ctx context.Context, since int64) ([]string, bool, int64, error) {
	var changes sqlbase.KnowledgeLog
	var version int64
	// One read transaction: the version and the log agree.
	err := func() error {
		tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if err := tx.QueryRowContext(ctx, `SELECT version FROM kb_version`).Scan(&version); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT resolved, rebuilt FROM kb_log WHERE version > ? ORDER BY version`, since)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var ids string
			var r bool
			if err := rows.Scan(&ids, &r); err != nil {
				return err
			}
			var more []string
			if err := json.Unmarshal([]byte(ids), &more); err != nil {
				return err
			}
			changes.Add(more, r)
		}
		return rows.Err()
	}()
	if err != nil {
		return nil, false, 0, fmt.Errorf("knowledge changes: %w", err)
	}
	changes.Close(since, version)
	return changes.Resolved, changes.Rebuilt, version, nil
}
