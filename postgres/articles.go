package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/internal/sqlbase"
)

// PutArticle stores a new article, its search vector and its extraction
// (if any) in one transaction. Of several processes storing one id at
// once, one stores it and the others get ECONFLICT. See attache.Store.
func (s *Store) PutArticle(ctx context.Context, a *attache.Article) error {
	if err := sqlbase.CheckArticle(a); err != nil {
		return err
	}
	if err := checkText(a.ID, a.URL, a.Path, a.Title, a.Source, a.Format, a.Text, a.DuplicateOf); err != nil {
		return err
	}
	removed, err := sqlbase.JSONOrNull(a.Removed)
	if err != nil {
		return fmt.Errorf("put article %s: %w", a.ID, err)
	}
	title, text := searchText(a.Title, a.Text)
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `INSERT INTO articles
			(id, url, path, title, source, published, format, original, text, removed, simhash, duplicate_of, ingested_at, search, not_extracted)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
				setweight(to_tsvector('simple', $14), 'A') || setweight(to_tsvector('simple', $15), 'D'), $16)
			ON CONFLICT (id) DO NOTHING`,
			a.ID, a.URL, a.Path, a.Title, a.Source, sqlbase.NullIfEmpty(a.Published), a.Format, a.Original, a.Text,
			removed, int64(a.SimHash), sqlbase.NullIfEmpty(a.DuplicateOf), sqlbase.TimeOrNull(a.IngestedAt), title, text, sqlbase.NullIfEmpty(a.NotExtracted))
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return attache.Errorf(attache.ECONFLICT, "article %s is already stored", a.ID)
		}
		if a.Extraction == nil {
			return nil
		}
		if err := insertExtraction(ctx, tx, a.ID, a.Extraction); err != nil {
			return err
		}
		if a.DuplicateOf == "" {
			_, err = tx.Exec(ctx, `INSERT INTO pending_resolution (article_id) VALUES ($1)`, a.ID)
		}
		return err
	})
	if err != nil && attache.ErrorCode(err) == attache.EINTERNAL {
		return fmt.Errorf("put article %s: %w", a.ID, err)
	}
	return err
}

// checkText refuses what PostgreSQL's text type cannot hold: NUL
// characters and invalid UTF-8 (SQLite keeps them as given).
func checkText(id string, fields ...string) error {
	for _, f := range fields {
		if !utf8.ValidString(f) || strings.IndexByte(f, 0) >= 0 {
			return attache.Errorf(attache.EINVALID, "article %s: a field holds a NUL character or invalid UTF-8", id)
		}
	}
	return nil
}

// ReplaceExtraction deletes the stored extraction of article id and
// writes x in its place, in one transaction. See attache.Store.
func (s *Store) ReplaceExtraction(ctx context.Context, id string, x *attache.Extraction) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// FOR UPDATE: a concurrent replacement of the same article waits.
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM articles WHERE id = $1 FOR UPDATE`, id).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return attache.Errorf(attache.ENOTFOUND, "no article %s", id)
		} else if err != nil {
			return err
		}
		if err := deleteExtraction(ctx, tx, id); err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		if _, err := tx.Exec(ctx, `UPDATE articles SET not_extracted = NULL WHERE id = $1`, id); err != nil {
			return err
		}
		return insertExtraction(ctx, tx, id, x)
	})
	if err != nil && attache.ErrorCode(err) == attache.EINTERNAL {
		return fmt.Errorf("replace extraction %s: %w", id, err)
	}
	return err
}

// MarkNotExtracted records why article id has no extraction. See
// attache.Store.
func (s *Store) MarkNotExtracted(ctx context.Context, id, reason string) error {
	tag, err := s.pool.Exec(ctx, `UPDATE articles SET not_extracted = $1 WHERE id = $2`, sqlbase.NullIfEmpty(reason), id)
	if err != nil {
		return fmt.Errorf("mark %s not extracted: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return attache.Errorf(attache.ENOTFOUND, "no article %s", id)
	}
	return nil
}

// Article returns one article with its original bytes and extraction,
// read in one repeatable-read transaction so that a concurrent
// ReplaceExtraction is seen whole or not at all. See attache.Store.
func (s *Store) Article(ctx context.Context, id string) (*attache.Article, error) {
	var a *attache.Article
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		var original []byte
		var err error
		a, err = sqlbase.ScanArticle(tx.QueryRow(ctx, `SELECT `+sqlbase.ArticleColumns+`, a.original FROM articles a WHERE a.id = $1`, id), &original)
		if errors.Is(err, pgx.ErrNoRows) {
			return attache.Errorf(attache.ENOTFOUND, "no article %s", id)
		} else if err != nil {
			return err
		}
		a.Original = original
		a.Extraction, err = loadExtraction(ctx, tx, id)
		return err
	})
	if err != nil {
		if attache.ErrorCode(err) == attache.EINTERNAL {
			err = fmt.Errorf("article %s: %w", id, err)
		}
		return nil, err
	}
	return a, nil
}

// FindArticles lists articles matching f, newest publication first
// (unknown dates last), with the total count. See attache.Store.
func (s *Store) FindArticles(ctx context.Context, f attache.ArticleFilter) ([]*attache.Article, int, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, 0, attache.Errorf(attache.EINVALID, "limit and offset must not be negative")
	}
	var q query
	if err := q.articleFilters(f.From, f.To, f.Source); err != nil {
		return nil, 0, err
	}
	if f.IDs != nil {
		if len(f.IDs) == 0 {
			return nil, 0, nil
		}
		q.where(`a.id = ANY(` + q.arg(f.IDs) + `)`)
	}
	if f.IDPrefix != "" {
		q.where(`starts_with(a.id, ` + q.arg(f.IDPrefix) + `)`)
	}
	page := `SELECT a.seq FROM articles a` + q.clause() + ` ORDER BY a.published DESC NULLS LAST, a.seq DESC`
	if f.After != "" {
		var err error
		if page, err = s.articlesAfter(ctx, f, &q); err != nil {
			return nil, 0, err
		}
	} else {
		if f.Limit > 0 {
			page += ` LIMIT ` + q.arg(f.Limit)
		}
		page += ` OFFSET ` + q.arg(f.Offset)
	}
	// The page is chosen on seq alone and only its rows are read whole:
	// skipping an offset over whole rows (texts of kilobytes) is what
	// makes a deep page slow.
	rows, err := s.pool.Query(ctx, `SELECT `+sqlbase.ArticleColumns+` FROM (`+page+`) p
		JOIN articles a ON a.seq = p.seq ORDER BY a.published DESC NULLS LAST, a.seq DESC`, q.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", err)
	}
	out, err := sqlbase.ScanArticles(rows)
	rows.Close()
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
	// The filters' arguments come first in q.args: the count reuses them.
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM articles a`+q.clause(), q.args[:q.filterArgs]...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", err)
	}
	return out, total, nil
}

// articlesAfter is the statement of the seqs of a page of articles
// meeting q's conditions after the article f.After, read as at most two
// index ranges: the dated articles after it, then the undated ones (last
// in the list's order). Its arguments are added to q after the
// conditions'.
func (s *Store) articlesAfter(ctx context.Context, f attache.ArticleFilter, q *query) (string, error) {
	if f.Offset > 0 {
		return "", attache.Errorf(attache.EINVALID, "a page after an article does not go with an offset")
	}
	var published string
	var seq int64
	err := s.pool.QueryRow(ctx, `SELECT coalesce(published, ''), seq FROM articles WHERE id = $1`, f.After).Scan(&published, &seq)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", attache.Errorf(attache.EINVALID, "bad page cursor: no article %q", f.After)
	} else if err != nil {
		return "", fmt.Errorf("find articles: %w", err)
	}
	limit := "ALL"
	if f.Limit > 0 {
		limit = q.arg(f.Limit)
	}
	and := func(cond string) string {
		if len(q.conds) == 0 {
			return " WHERE " + cond
		}
		return q.clause() + " AND " + cond
	}
	undated := `a.published IS NULL`
	if published == "" {
		undated += ` AND a.seq < ` + q.arg(seq)
	}
	page := `(SELECT a.seq, a.published FROM articles a` + and(undated) + ` ORDER BY a.seq DESC LIMIT ` + limit + `)`
	if published != "" {
		page = `(SELECT a.seq, a.published FROM articles a` + and(`(a.published, a.seq) < (`+q.arg(published)+`, `+q.arg(seq)+`)`) +
			` ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ` + limit + `) UNION ALL ` + page
	}
	return `SELECT seq FROM (` + page + `) r ORDER BY published DESC NULLS LAST, seq DESC LIMIT ` + limit, nil
}

// Fingerprints returns the SimHash of every article that is not itself a
// near-duplicate. See attache.Store.
func (s *Store) Fingerprints(ctx context.Context) ([]attache.Fingerprint, error) {
	return readRows(ctx, s.pool, "fingerprints", sqlbase.ScanFingerprints,
		`SELECT id, simhash FROM articles WHERE duplicate_of IS NULL ORDER BY seq`)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
