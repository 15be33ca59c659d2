package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/internal/sqlbase"
)

// What lets several processes write one database: advisory locks (held by
// a session, freed by the server when the process dies), the log of the
// knowledge writes, and the fingerprints stored since a position.

// logWrite moves the knowledge base's version on and records what the
// write did: the articles it resolved ($1) and whether it rebuilt the
// base ($2). Every knowledge write runs it in its transaction; the row
// lock on kb_version also makes such writes take turns.
const logWrite = `WITH v AS (UPDATE kb_version SET version = version + 1 RETURNING version)
	INSERT INTO kb_log (version, resolved, rebuilt) SELECT version, $1, $2 FROM v`

// pruneLog deletes the entries a rebuild made useless.
const pruneLog = `DELETE FROM kb_log WHERE version < (SELECT version FROM kb_version)`

// queueLog queues logWrite (and pruneLog after a rebuild) in b.
func queueLog(b *pgx.Batch, resolved []string, rebuilt bool) {
	if resolved == nil {
		resolved = []string{}
	}
	b.Queue(logWrite, resolved, rebuilt)
	if rebuilt {
		b.Queue(pruneLog)
	}
}

// LockKnowledge takes the advisory lock of the knowledge base. See
// attache.KnowledgeLocker.
func (s *Store) LockKnowledge(ctx context.Context) (func(), error) {
	unlock, err := s.advisoryLock(ctx, lockKnowledge)
	if err != nil {
		return nil, fmt.Errorf("lock knowledge: %w", err)
	}
	return unlock, nil
}

// advisoryLock takes session advisory lock key on a connection of its
// own, held until unlock (or until the process dies: the server then ends
// the session and frees the lock).
func (s *Store) advisoryLock(ctx context.Context, key int64) (func(), error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
		// The wait may have been cancelled midway: drop the connection
		// rather than return it in an unknown state.
		conn.Conn().Close(context.WithoutCancel(ctx))
		conn.Release()
		return nil, err
	}
	return func() {
		if _, err := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, key); err != nil {
			// Closing the session frees its locks.
			conn.Conn().Close(context.WithoutCancel(ctx))
		}
		conn.Release()
	}, nil
}

// logCorrection logs a change of the corrections as a rebuild.
func logCorrection(ctx context.Context, tx pgx.Tx) error {
	b := &pgx.Batch{}
	queueLog(b, nil, true)
	return tx.SendBatch(ctx, b).Close()
}

// KnowledgeVersion returns the knowledge base's version. See
// attache.KnowledgeLocker.
func (s *Store) KnowledgeVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := s.pool.QueryRow(ctx, `SELECT version FROM kb_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("knowledge version: %w", err)
	}
	return v, nil
}

// LockArticles takes the advisory lock under which ingest checks a new
// article for near-duplicates and stores it. See attache.ArticleLocker.
func (s *Store) LockArticles(ctx context.Context) (func(), error) {
	unlock, err := s.advisoryLock(ctx, lockArticles)
	if err != nil {
		return nil, fmt.Errorf("lock articles: %w", err)
	}
	return unlock, nil
}

// FingerprintsAfter returns the fingerprints of the first copies stored
// after position after (the articles' seq). Positions are given out when
// a row is inserted, not when it commits: a lower one may show up later,
// unless every writer stores under the article lock, as ingest does. See
// attache.ArticleLocker.
func (s *Store) FingerprintsAfter(ctx context.Context, after int64) ([]attache.Fingerprint, int64, error) {
	var last int64
	out, err := readRows(ctx, s.pool, "fingerprints", func(rows sqlbase.Rows) (out []attache.Fingerprint, err error) {
		out, last, err = sqlbase.ScanFingerprintsAfter(rows, after)
		return out, err
	}, `SELECT seq, id, simhash, duplicate_of IS NULL FROM articles WHERE seq > $1 ORDER BY seq`, after)
	if err != nil {
		return nil, 0, err
	}
	return out, last, nil
}
