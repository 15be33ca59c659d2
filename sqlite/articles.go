package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"attache"

	"attache/internal/sqlbase"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// PutArticle stores a new article, its full-text row and its extraction
// (if any) in one transaction. See attache.Store.
func (db *DB) PutArticle(ctx context.Context, a *attache.Article) error {
	if err := sqlbase.CheckArticle(a); err != nil {
		return err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put article %s: %w", a.ID, err)
	}
	defer tx.Rollback()
	s := newStmts(ctx, tx)
	defer s.close()
	if err := putArticle(s, a); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put article %s: %w", a.ID, err)
	}
	return nil
}

// newStmts returns a statement cache (stmts) for tx.
func newStmts(ctx context.Context, tx *sql.Tx) *stmts {
	return &stmts{tx: tx, ctx: ctx, m: map[string]*sql.Stmt{}}
}

// putArticle writes a, its full-text row, its extraction and its pending
// mark in s's transaction.
func putArticle(s *stmts, a *attache.Article) error {
	removed, err := sqlbase.JSONOrNull(a.Removed)
	if err != nil {
		return fmt.Errorf("put article %s: %w", a.ID, err)
	}
	err = s.exec(`INSERT INTO articles
		(id, url, path, title, source, published, format, original, text, removed, simhash, duplicate_of, ingested_at, not_extracted)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.URL, a.Path, a.Title, a.Source, sqlbase.NullIfEmpty(a.Published), a.Format, a.Original, a.Text,
		removed, int64(a.SimHash), sqlbase.NullIfEmpty(a.DuplicateOf), sqlbase.TimeOrNull(a.IngestedAt), sqlbase.NullIfEmpty(a.NotExtracted))
	if isUniqueViolation(err) {
		return attache.Errorf(attache.ECONFLICT, "article %s is already stored", a.ID)
	} else if err != nil {
		return fmt.Errorf("put article %s: %w", a.ID, err)
	}
	if a.Extraction != nil {
		if err := insertExtraction(s, a.ID, a.Extraction); err != nil {
			return fmt.Errorf("put article %s: %w", a.ID, err)
		}
		if a.DuplicateOf == "" {
			if err := s.exec(`INSERT INTO pending_resolution (article_id) VALUES (?)`, a.ID); err != nil {
				return fmt.Errorf("put article %s: %w", a.ID, err)
			}
		}
	}
	return nil
}

// PutArticles stores many new articles in one transaction, each as
// PutArticle would, and returns one error per article (nil for those
// stored): EINVALID for an article the store cannot take, ECONFLICT for
// one already stored. One commit for many articles is what lets ingest's
// writer keep up with its preparers: shared pages of tables and indexes,
// and the full-text index's segment, are written once. Should writing an
// article fail otherwise, the batch is rolled back and each article stored
// in a transaction of its own, so that one bad article fails alone.
func (db *DB) PutArticles(ctx context.Context, arts []*attache.Article) []error {
	errs := make([]error, len(arts))
	err := db.inTx(ctx, "put articles", func(tx *sql.Tx) error {
		s := newStmts(ctx, tx)
		defer s.close()
		for i, a := range arts {
			if errs[i] = sqlbase.CheckArticle(a); errs[i] != nil {
				continue
			}
			// The one writer connection holds the write lock: what this
			// finds stays true until the commit.
			var n int
			if err := s.tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, a.ID).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				errs[i] = attache.Errorf(attache.ECONFLICT, "article %s is already stored", a.ID)
				continue
			}
			if err := putArticle(s, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		return errs
	}
	if ctx.Err() != nil {
		for i := range errs {
			errs[i] = fmt.Errorf("put articles: %w", ctx.Err())
		}
		return errs
	}
	for i, a := range arts {
		errs[i] = db.PutArticle(ctx, a)
	}
	return errs
}

// ReplaceExtraction deletes the stored extraction of article id and writes
// x in its place, in one transaction. A nil x leaves the article without
// extraction; any other clears the reason it had none. See attache.Store.
func (db *DB) ReplaceExtraction(ctx context.Context, id string, x *attache.Extraction) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace extraction %s: %w", id, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, id).Scan(&n); err != nil {
		return fmt.Errorf("replace extraction %s: %w", id, err)
	}
	if n == 0 {
		return attache.Errorf(attache.ENOTFOUND, "no article %s", id)
	}
	if err := deleteExtraction(ctx, tx, id); err != nil {
		return fmt.Errorf("replace extraction %s: %w", id, err)
	}
	if x != nil {
		s := newStmts(ctx, tx)
		defer s.close()
		if err := insertExtraction(s, id, x); err != nil {
			return fmt.Errorf("replace extraction %s: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET not_extracted = NULL WHERE id = ?`, id); err != nil {
			return fmt.Errorf("replace extraction %s: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace extraction %s: %w", id, err)
	}
	return nil
}

// MarkNotExtracted records why article id has no extraction. See
// attache.Store.
func (db *DB) MarkNotExtracted(ctx context.Context, id, reason string) error {
	res, err := db.write.ExecContext(ctx, `UPDATE articles SET not_extracted = ? WHERE id = ?`, sqlbase.NullIfEmpty(reason), id)
	if err != nil {
		return fmt.Errorf("mark %s not extracted: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("mark %s not extracted: %w", id, err)
	} else if n == 0 {
		return attache.Errorf(attache.ENOTFOUND, "no article %s", id)
	}
	return nil
}

// Article returns one article with its original bytes and extraction. The
// reads share one transaction so that a concurrent ReplaceExtraction is
// seen whole or not at all. See attache.Store.
func (db *DB) Article(ctx context.Context, id string) (*attache.Article, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	defer tx.Rollback()
	var original []byte
	row := tx.QueryRowContext(ctx, `SELECT `+sqlbase.ArticleColumns+`, a.original FROM articles a WHERE a.id = ?`, id)
	a, err := sqlbase.ScanArticle(row, &original)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, attache.Errorf(attache.ENOTFOUND, "no article %s", id)
	} else if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	a.Original = original
	if a.Extraction, err = loadExtraction(ctx, tx, id); err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// FindArticles lists articles matching f, newest publication first
// (unknown dates last), with the total count. See attache.Store.
func (db *DB) FindArticles(ctx context.Context, f attache.ArticleFilter) ([]*attache.Article, int, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, 0, attache.Errorf(attache.EINVALID, "limit and offset must not be negative")
	}
	w, args, err := articleWhere(f.From, f.To, f.Source)
	if err != nil {
		return nil, 0, err
	}
	if f.IDs != nil {
		if len(f.IDs) == 0 {
			return nil, 0, nil
		}
		w = append(w, `a.id IN (`+strings.TrimSuffix(strings.Repeat("?,", len(f.IDs)), ",")+`)`)
		for _, id := range f.IDs {
			args = append(args, id)
		}
	}
	if f.IDPrefix != "" {
		w = append(w, `substr(a.id, 1, length(?)) = ?`)
		args = append(args, f.IDPrefix, f.IDPrefix)
	}
	where := whereClause(w)
	limit := -1 // SQLite: no limit
	if f.Limit > 0 {
		limit = f.Limit
	}
	// The page is chosen on seq alone and only its rows are read whole:
	// sorting whole rows (3 KB of text each) to skip an offset was what
	// made a page slow at 100k articles. NULL sorts first in SQLite, so
	// descending order already puts unknown dates last, and the index on
	// published (which carries seq) hands the rows over in that order.
	page := `SELECT a.seq FROM articles a` + where + ` ORDER BY a.published DESC, a.seq DESC LIMIT ? OFFSET ?`
	pageArgs := append(append([]any(nil), args...), limit, f.Offset)
	if f.After != "" {
		if page, pageArgs, err = db.articlesAfter(ctx, f, w, args, limit); err != nil {
			return nil, 0, err
		}
	}
	rows, err := db.read.QueryContext(ctx, `SELECT `+sqlbase.ArticleColumns+`
		FROM (`+page+`) p
		CROSS JOIN articles a ON a.seq = p.seq ORDER BY a.published DESC, a.seq DESC`, pageArgs...)
	if err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", err)
	}
	defer rows.Close()
	out, err := sqlbase.ScanArticles(rows)
	if err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", err)
	}
	if f.NoTotal {
		return out, 0, nil
	}
	if total, ok := sqlbase.TotalOfPage(f.Limit, f.Offset, len(out)); ok && f.After == "" {
		return out, total, nil
	}
	var total int
	if f.IDs == nil && f.IDPrefix == "" {
		// Dates and source alone: their tally (migration 017), not a
		// count of every article they let through.
		tw, targs := articleTallyWhere(f.From, f.To, f.Source)
		err = db.read.QueryRowContext(ctx, `SELECT coalesce(sum(n), 0) FROM article_tally`+whereClause(tw), targs...).Scan(&total)
	} else {
		err = db.read.QueryRowContext(ctx, `SELECT count(*) FROM articles a`+where, args...).Scan(&total)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", err)
	}
	return out, total, nil
}

// articlesAfter is the statement (and its arguments) of the seqs of a
// page of limit articles meeting w after the article f.After, read as at
// most two index ranges: the dated articles after it, then the undated
// ones (last in the list's order).
func (db *DB) articlesAfter(ctx context.Context, f attache.ArticleFilter, w []string, args []any, limit int) (string, []any, error) {
	if f.Offset > 0 {
		return "", nil, attache.Errorf(attache.EINVALID, "a page after an article does not go with an offset")
	}
	var published string
	var seq int64
	err := db.read.QueryRowContext(ctx, `SELECT coalesce(published, ''), seq FROM articles WHERE id = ?`, f.After).Scan(&published, &seq)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil, attache.Errorf(attache.EINVALID, "bad page cursor: no article %q", f.After)
	} else if err != nil {
		return "", nil, fmt.Errorf("find articles: %w", err)
	}
	undated := append(append([]string(nil), w...), `a.published IS NULL`)
	uargs := append([]any(nil), args...)
	if published == "" {
		undated = append(undated, `a.seq < ?`)
		uargs = append(uargs, seq)
	}
	q := `SELECT seq, published FROM (SELECT a.seq, a.published FROM articles a` + whereClause(undated) + ` ORDER BY a.seq DESC LIMIT ?)`
	qargs := append(uargs, limit)
	if published != "" {
		dated := append(append([]string(nil), w...), `(a.published, a.seq) < (?, ?)`)
		q = `SELECT seq, published FROM (SELECT a.seq, a.published FROM articles a` + whereClause(dated) +
			` ORDER BY a.published DESC, a.seq DESC LIMIT ?) UNION ALL ` + q
		dargs := append(append([]any(nil), args...), published, seq, limit)
		qargs = append(dargs, qargs...)
	}
	return `SELECT seq FROM (` + q + `) ORDER BY published DESC, seq DESC LIMIT ?`, append(qargs, limit), nil
}

// articleTallyWhere is the conditions of articleWhere (checked there) on
// article_tally, where an unknown date is ” rather than NULL.
func articleTallyWhere(from, to, source string) ([]string, []any) {
	var w []string
	var args []any
	if from != "" {
		w = append(w, `day >= ?`)
		args = append(args, from)
	}
	if to != "" {
		w = append(w, `day > '' AND day <= ?`)
		args = append(args, to+"~") // as sqlbase.ArticleConds: to=2024-05 keeps all of May
	}
	if source != "" {
		w = append(w, `source = ?`)
		args = append(args, source)
	}
	return w, args
}

// Fingerprints returns the SimHash of every article that is not itself a
// near-duplicate. See attache.Store.
func (db *DB) Fingerprints(ctx context.Context) ([]attache.Fingerprint, error) {
	return readRows(ctx, db.read, "fingerprints", sqlbase.ScanFingerprints,
		`SELECT id, simhash FROM articles WHERE duplicate_of IS NULL ORDER BY seq`)
}

// articleWhere turns the date-range and source filters shared by
// FindArticles and Search into SQL conditions on the alias a.
func articleWhere(from, to, source string) ([]string, []any, error) {
	var c conds
	w, err := sqlbase.ArticleConds(dialect(&c), from, to, source)
	if err != nil {
		return nil, nil, err
	}
	return w, c.args, nil
}

func whereClause(w []string) string {
	if len(w) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w, " AND ")
}

// isUniqueViolation reports whether err is SQLite's UNIQUE or PRIMARY KEY
// constraint failure.
func isUniqueViolation(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	return se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
}
