package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/fold"
	"attache/internal/sqlbase"
)

// extractionTables are the tables holding an article's extraction,
// deleted together by ReplaceExtraction.
var extractionTables = []string{"mentions", "entity_keys", "entities", "events", "quantities", "sentences", "extractions"}

func deleteExtraction(ctx context.Context, tx pgx.Tx, id string) error {
	b := &pgx.Batch{}
	for _, t := range extractionTables {
		b.Queue(`DELETE FROM `+t+` WHERE article_id = $1`, id)
	}
	return tx.SendBatch(ctx, b).Close()
}

// insertExtraction writes x for article id in one batch: an article has
// tens to hundreds of rows, and one round trip to the server each would
// dominate the time of a store.
func insertExtraction(ctx context.Context, tx pgx.Tx, id string, x *attache.Extraction) error {
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO extractions (article_id, doc, published) VALUES ($1, $2, $3)`, id, x.Doc, x.Published)
	for i, sp := range x.Sentences {
		b.Queue(`INSERT INTO sentences (article_id, idx, start, "end") VALUES ($1, $2, $3, $4)`, id, i, sp.Start, sp.End)
	}
	for i, e := range x.Entities {
		aliases, titles, former, err := sqlbase.EntityJSON(e)
		if err != nil {
			return err
		}
		b.Queue(`INSERT INTO entities (article_id, idx, local_id, type, name, key, aliases, rank, titles, former, country)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
			id, i, e.ID, string(e.Type), e.Name, fold.Key(e.Name), aliases, e.Rank, titles, former, e.Country)
		seen := map[string]bool{}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if k := fold.Key(name); k != "" && !seen[k] {
				seen[k] = true
				b.Queue(`INSERT INTO entity_keys (article_id, entity_idx, key) VALUES ($1, $2, $3)`, id, i, k)
			}
		}
		for j, m := range e.Mentions {
			b.Queue(`INSERT INTO mentions (article_id, entity_idx, idx, entity_id, start, "end", text, sentence)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, id, i, j, e.ID, m.Start, m.End, m.Text, m.Sentence)
		}
	}
	for i, e := range x.Events {
		parts, err := sqlbase.JSONOrNull(e.Participants)
		if err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
		b.Queue(`INSERT INTO events (article_id, idx, type, name, date, place, participants, salience, cameo, plover,
			mission, unit, rotation, personnel, women, scheduled, evidence, start, "end", confidence)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
			id, i, e.Type, e.Name, e.Date, e.Place, parts, e.Salience, e.Cameo, e.Plover, e.Mission, e.Unit,
			e.Rotation, e.Personnel, e.Women, e.Scheduled, e.Evidence, e.Start, e.End, e.Confidence)
	}
	for i, q := range x.Quantities {
		b.Queue(`INSERT INTO quantities (article_id, idx, value, unit, start, "end") VALUES ($1, $2, $3, $4, $5, $6)`,
			id, i, q.Value, q.Unit, q.Start, q.End)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("insert extraction: %w", err)
	}
	return nil
}

// loadExtraction reads back the extraction of article id, or nil when it
// has none. The slices of the result (entities, their mentions, events,
// quantities, sentences) are never nil, so that JSON shows [] rather than
// null; string lists inside entities and events come back exactly as
// stored, nil or not.
func loadExtraction(ctx context.Context, tx pgx.Tx, id string) (*attache.Extraction, error) {
	x := &attache.Extraction{
		Entities: []attache.Entity{}, Events: []attache.Event{},
		Quantities: []attache.Quantity{}, Sentences: []attache.Span{},
	}
	err := tx.QueryRow(ctx, `SELECT doc, published FROM extractions WHERE article_id = $1`, id).Scan(&x.Doc, &x.Published)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil // no extraction is a valid state of a found article
	} else if err != nil {
		return nil, fmt.Errorf("load extraction: %w", err)
	}
	for _, r := range sqlbase.ExtractionReads("$1") {
		if err := readExtraction(ctx, tx, r, id, x); err != nil {
			return nil, fmt.Errorf("load extraction: %w", err)
		}
	}
	return x, nil
}

// readExtraction runs one of sqlbase.ExtractionReads for article id.
func readExtraction(ctx context.Context, tx pgx.Tx, r sqlbase.ExtractionRead, id string, x *attache.Extraction) error {
	rows, err := tx.Query(ctx, r.SQL, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	return r.Scan(rows, x)
}
