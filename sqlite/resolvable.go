package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// ResolvableArticles returns every stored article with what resolution
// reads: id, publication date, duplicate mark and, when it has one, its
// extraction's document name, entities (without mentions) and events. It
// reads each table once, in article order, inside one read transaction,
// rather than article by article. See resolve.BulkReader.
func (db *DB) ResolvableArticles(ctx context.Context) ([]*attache.Article, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("resolvable articles: %w", err)
	}
	defer tx.Rollback()
	var arts []*attache.Article
	byID := map[string]*attache.Article{}
	err = eachRow(ctx, tx, `SELECT a.id, coalesce(a.published, ''), coalesce(a.duplicate_of, ''), x.doc, x.published
		FROM articles a LEFT JOIN extractions x ON x.article_id = a.id ORDER BY a.id`, func(r *sql.Rows) error {
		a := &attache.Article{}
		var doc, pub sql.NullString
		if err := r.Scan(&a.ID, &a.Published, &a.DuplicateOf, &doc, &pub); err != nil {
			return err
		}
		if doc.Valid {
			a.Extraction = &attache.Extraction{Doc: doc.String, Published: pub.String,
				Entities: []attache.Entity{}, Events: []attache.Event{}}
		}
		arts = append(arts, a)
		byID[a.ID] = a
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("resolvable articles: %w", err)
	}
	err = eachRow(ctx, tx, `SELECT article_id, local_id, type, name, aliases, rank, titles, former, country
		FROM entities ORDER BY article_id, idx`, func(r *sql.Rows) error {
		var id string
		var e attache.Entity
		var aliases, titles, former *string
		if err := r.Scan(&id, &e.ID, &e.Type, &e.Name, &aliases, &e.Rank, &titles, &former, &e.Country); err != nil {
			return err
		}
		if err := errors.Join(sqlbase.UnJSON(aliases, &e.Aliases), sqlbase.UnJSON(titles, &e.Titles), sqlbase.UnJSON(former, &e.Former)); err != nil {
			return fmt.Errorf("entity %s of %s: %w", e.ID, id, err)
		}
		if a := byID[id]; a != nil && a.Extraction != nil {
			a.Extraction.Entities = append(a.Extraction.Entities, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("resolvable articles: %w", err)
	}
	err = eachRow(ctx, tx, `SELECT article_id, type, name, date, place, participants, salience, cameo, plover, mission,
		unit, rotation, personnel, women, scheduled, evidence, start, "end", confidence
		FROM events ORDER BY article_id, idx`, func(r *sql.Rows) error {
		var id string
		var e attache.Event
		var parts *string
		if err := r.Scan(&id, &e.Type, &e.Name, &e.Date, &e.Place, &parts, &e.Salience, &e.Cameo, &e.Plover,
			&e.Mission, &e.Unit, &e.Rotation, &e.Personnel, &e.Women, &e.Scheduled, &e.Evidence,
			&e.Start, &e.End, &e.Confidence); err != nil {
			return err
		}
		if err := sqlbase.UnJSON(parts, &e.Participants); err != nil {
			return fmt.Errorf("event participants of %s: %w", id, err)
		}
		if a := byID[id]; a != nil && a.Extraction != nil {
			a.Extraction.Events = append(a.Extraction.Events, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("resolvable articles: %w", err)
	}
	return arts, nil
}

// eachRow runs a query without arguments and calls scan for every row.
func eachRow(ctx context.Context, tx *sql.Tx, query string, scan func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
