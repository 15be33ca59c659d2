package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/fold"
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
		aliases, err1 := jsonOrNull(e.Aliases)
		titles, err2 := jsonOrNull(e.Titles)
		former, err3 := jsonOrNull(e.Former)
		if err := errors.Join(err1, err2, err3); err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
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
		parts, err := jsonOrNull(e.Participants)
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
	steps := []func(context.Context, pgx.Tx, string, *attache.Extraction) error{
		loadSentences, loadEntities, loadMentions, loadEvents, loadQuantities,
	}
	for _, step := range steps {
		if err := step(ctx, tx, id, x); err != nil {
			return nil, fmt.Errorf("load extraction: %w", err)
		}
	}
	return x, nil
}

// each runs query with arguments args and calls scan for every row.
func each(ctx context.Context, tx pgx.Tx, query string, scan func(pgx.Rows) error, args ...any) error {
	rows, err := tx.Query(ctx, query, args...)
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

func loadSentences(ctx context.Context, tx pgx.Tx, id string, x *attache.Extraction) error {
	return each(ctx, tx, `SELECT start, "end" FROM sentences WHERE article_id = $1 ORDER BY idx`, func(r pgx.Rows) error {
		var s attache.Span
		if err := r.Scan(&s.Start, &s.End); err != nil {
			return err
		}
		x.Sentences = append(x.Sentences, s)
		return nil
	}, id)
}

func loadEntities(ctx context.Context, tx pgx.Tx, id string, x *attache.Extraction) error {
	return each(ctx, tx, `SELECT local_id, type, name, aliases, rank, titles, former, country
		FROM entities WHERE article_id = $1 ORDER BY idx`, func(r pgx.Rows) error {
		var e attache.Entity
		var aliases, titles, former *string
		if err := r.Scan(&e.ID, &e.Type, &e.Name, &aliases, &e.Rank, &titles, &former, &e.Country); err != nil {
			return err
		}
		if err := errors.Join(unjson(aliases, &e.Aliases), unjson(titles, &e.Titles), unjson(former, &e.Former)); err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
		e.Mentions = []attache.Mention{}
		x.Entities = append(x.Entities, e)
		return nil
	}, id)
}

// loadMentions attaches mentions to the entities loaded before, by the
// entity's position (idx) rather than its local id, which need not be
// unique.
func loadMentions(ctx context.Context, tx pgx.Tx, id string, x *attache.Extraction) error {
	return each(ctx, tx, `SELECT entity_idx, start, "end", text, sentence FROM mentions
		WHERE article_id = $1 ORDER BY entity_idx, idx`, func(r pgx.Rows) error {
		var i int
		var m attache.Mention
		if err := r.Scan(&i, &m.Start, &m.End, &m.Text, &m.Sentence); err != nil {
			return err
		}
		if i < 0 || i >= len(x.Entities) {
			return fmt.Errorf("mention of missing entity #%d", i)
		}
		x.Entities[i].Mentions = append(x.Entities[i].Mentions, m)
		return nil
	}, id)
}

func loadEvents(ctx context.Context, tx pgx.Tx, id string, x *attache.Extraction) error {
	return each(ctx, tx, `SELECT type, name, date, place, participants, salience, cameo, plover, mission,
		unit, rotation, personnel, women, scheduled, evidence, start, "end", confidence
		FROM events WHERE article_id = $1 ORDER BY idx`, func(r pgx.Rows) error {
		var e attache.Event
		var parts *string
		if err := r.Scan(&e.Type, &e.Name, &e.Date, &e.Place, &parts, &e.Salience, &e.Cameo, &e.Plover,
			&e.Mission, &e.Unit, &e.Rotation, &e.Personnel, &e.Women, &e.Scheduled, &e.Evidence,
			&e.Start, &e.End, &e.Confidence); err != nil {
			return err
		}
		if err := unjson(parts, &e.Participants); err != nil {
			return fmt.Errorf("event participants: %w", err)
		}
		x.Events = append(x.Events, e)
		return nil
	}, id)
}

func loadQuantities(ctx context.Context, tx pgx.Tx, id string, x *attache.Extraction) error {
	return each(ctx, tx, `SELECT value, unit, start, "end" FROM quantities WHERE article_id = $1 ORDER BY idx`, func(r pgx.Rows) error {
		var q attache.Quantity
		if err := r.Scan(&q.Value, &q.Unit, &q.Start, &q.End); err != nil {
			return err
		}
		x.Quantities = append(x.Quantities, q)
		return nil
	}, id)
}

// unjson decodes a JSON column; NULL leaves *dst nil.
func unjson(s *string, dst *[]string) error {
	if s == nil {
		return nil
	}
	return json.Unmarshal([]byte(*s), dst)
}
