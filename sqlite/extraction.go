package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"attache"
	"attache/fold"
	"attache/internal/sqlbase"
)

// extractionTables are the tables holding an article's extraction, deleted
// together by ReplaceExtraction.
var extractionTables = []string{"mentions", "entity_keys", "entities", "events", "quantities", "sentences", "extractions"}

func deleteExtraction(ctx context.Context, tx *sql.Tx, id string) error {
	for _, t := range extractionTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE article_id = ?`, id); err != nil {
			return fmt.Errorf("delete %s: %w", t, err)
		}
	}
	return nil
}

// insertExtraction writes x for article id through s, whose statements
// are prepared once per transaction: an article has tens to hundreds of
// rows, a batch of articles thousands. Each table's rows of the article go
// many per statement (batchInsert): a statement per row made the
// statements' own cost most of storing an article.
func insertExtraction(s *stmts, id string, x *attache.Extraction) error {
	if err := s.exec(`INSERT INTO extractions (article_id, doc, published) VALUES (?, ?, ?)`,
		id, x.Doc, x.Published); err != nil {
		return fmt.Errorf("insert extraction: %w", err)
	}
	sents := newBatchInsert(s, `INSERT INTO sentences (article_id, idx, start, "end") VALUES `, 4)
	for i, sp := range x.Sentences {
		if err := sents.add(id, i, sp.Start, sp.End); err != nil {
			return fmt.Errorf("insert sentences: %w", err)
		}
	}
	if err := sents.flush(); err != nil {
		return fmt.Errorf("insert sentences: %w", err)
	}
	if err := insertEntities(s, id, x.Entities); err != nil {
		return err
	}
	if err := insertEvents(s, id, x.Events); err != nil {
		return err
	}
	qs := newBatchInsert(s, `INSERT INTO quantities (article_id, idx, value, unit, start, "end") VALUES `, 6)
	for i, q := range x.Quantities {
		if err := qs.add(id, i, q.Value, q.Unit, q.Start, q.End); err != nil {
			return fmt.Errorf("insert quantities: %w", err)
		}
	}
	if err := qs.flush(); err != nil {
		return fmt.Errorf("insert quantities: %w", err)
	}
	return nil
}

func insertEntities(s *stmts, id string, es []attache.Entity) error {
	ents := newBatchInsert(s, `INSERT INTO entities
		(article_id, idx, local_id, type, name, key, aliases, rank, titles, former, country) VALUES `, 11)
	keys := newBatchInsert(s, `INSERT OR IGNORE INTO entity_keys (article_id, entity_idx, key) VALUES `, 3)
	// Mentions are most of an article's rows.
	men := newBatchInsert(s, `INSERT INTO mentions
		(article_id, entity_idx, idx, entity_id, start, "end", text, sentence) VALUES `, 8)
	for i, e := range es {
		aliases, titles, former, err := sqlbase.EntityJSON(e)
		if err != nil {
			return err
		}
		if err := ents.add(id, i, e.ID, string(e.Type), e.Name, fold.Key(e.Name),
			aliases, e.Rank, titles, former, e.Country); err != nil {
			return fmt.Errorf("insert entities: %w", err)
		}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if k := fold.Key(name); k != "" {
				if err := keys.add(id, i, k); err != nil {
					return fmt.Errorf("insert entity keys: %w", err)
				}
			}
		}
		for j, m := range e.Mentions {
			if err := men.add(id, i, j, e.ID, m.Start, m.End, m.Text, m.Sentence); err != nil {
				return fmt.Errorf("insert mention of %s: %w", e.ID, err)
			}
		}
	}
	// entities before the rows that refer to them
	for _, b := range []*batchInsert{ents, keys, men} {
		if err := b.flush(); err != nil {
			return fmt.Errorf("insert entities: %w", err)
		}
	}
	return nil
}

func insertEvents(s *stmts, id string, evs []attache.Event) error {
	rows := newBatchInsert(s, `INSERT INTO events
		(article_id, idx, type, name, date, place, participants, salience, cameo, plover, mission, unit,
		 rotation, personnel, women, scheduled, evidence, start, "end", confidence) VALUES `, 20)
	for i, e := range evs {
		parts, err := sqlbase.JSONOrNull(e.Participants)
		if err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
		if err := rows.add(id, i, e.Type, e.Name, e.Date, e.Place, parts, e.Salience,
			e.Cameo, e.Plover, e.Mission, e.Unit, e.Rotation, e.Personnel, e.Women, e.Scheduled,
			e.Evidence, e.Start, e.End, e.Confidence); err != nil {
			return fmt.Errorf("insert events: %w", err)
		}
	}
	if err := rows.flush(); err != nil {
		return fmt.Errorf("insert events: %w", err)
	}
	return nil
}

// loadExtraction reads back the extraction of article id, or nil when it
// has none. The slices of the result (entities, their mentions, events,
// quantities, sentences) are never nil, so that JSON shows [] rather than
// null; string lists inside entities and events come back exactly as
// stored, nil or not.
func loadExtraction(ctx context.Context, tx *sql.Tx, id string) (*attache.Extraction, error) {
	x := &attache.Extraction{
		Entities: []attache.Entity{}, Events: []attache.Event{},
		Quantities: []attache.Quantity{}, Sentences: []attache.Span{},
	}
	err := tx.QueryRowContext(ctx, `SELECT doc, published FROM extractions WHERE article_id = ?`, id).Scan(&x.Doc, &x.Published)
	if err == sql.ErrNoRows {
		return nil, nil // no extraction is a valid state of a found article
	} else if err != nil {
		return nil, fmt.Errorf("load extraction: %w", err)
	}
	for _, r := range sqlbase.ExtractionReads("?") {
		if err := readExtraction(ctx, tx, r, id, x); err != nil {
			return nil, fmt.Errorf("load extraction: %w", err)
		}
	}
	return x, nil
}

// readExtraction runs one of sqlbase.ExtractionReads for article id.
func readExtraction(ctx context.Context, tx *sql.Tx, r sqlbase.ExtractionRead, id string, x *attache.Extraction) error {
	rows, err := tx.QueryContext(ctx, r.SQL, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	return r.Scan(rows, x)
}
