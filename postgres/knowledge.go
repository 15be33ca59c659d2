package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/fold"
	"attache/internal/sqlbase"
)

// kbTables are the derived knowledge-base tables, children first.
var kbTables = []string{"kb_event_sources", "kb_event_pairs", "kb_event_parties", "kb_events", "kb_links",
	"kb_positions", "kb_aliases", "kb_entities"}

// recountTallies counts the tallies of migrations 004, 005, 008 and 009
// afresh from the rows they follow.
var recountTallies = append(sqlbase.RotationRecountSQL(rotationNumberSQL),
	`DELETE FROM kb_event_tally`,
	`DELETE FROM kb_party_tally`,
	`DELETE FROM kb_pair_tally`,
	`DELETE FROM kb_pair_total`,
	`INSERT INTO kb_event_tally (year, type, n) SELECT left(date_start, 4), type, count(*) FROM kb_events GROUP BY 1, 2`,
	`INSERT INTO kb_party_tally (kind, party, year, type, n)
		SELECT kind, party, left(date_start, 4), type, count(*) FROM kb_event_parties GROUP BY 1, 2, 3, 4`,
	`INSERT INTO kb_pair_tally (a, b, year, type, n)
		SELECT a, b, left(date_start, 4), type, count(*) FROM kb_event_pairs GROUP BY 1, 2, 3, 4`,
	`INSERT INTO kb_pair_total (a, b, n) SELECT a, b, count(*) FROM kb_event_pairs GROUP BY 1, 2`,
)

// rotationNumberSQL is PostgreSQL's SQL of the ledger's rotation number
// (kb_rotations.rnum, migration 009): the rotation as a number when it
// is one above zero, sqlbase.NoRotationNumber else.
const rotationNumberSQL = `coalesce(CASE WHEN btrim(rotation) ~ '^[0-9]{1,9}$' THEN nullif(btrim(rotation)::integer, 0) END, 1073741824)`

// ReplaceKnowledge replaces the knowledge base with k. See
// attache.KnowledgeStore.
func (s *Store) ReplaceKnowledge(ctx context.Context, k *attache.Knowledge) error {
	if err := sqlbase.CheckKnowledge(k); err != nil {
		return err
	}
	return s.inTx(ctx, "replace knowledge", func(tx pgx.Tx) error {
		// The log's row lock first: knowledge writes take turns before
		// the deletes change counts (migration 004) that others change too.
		// DELETE rather than TRUNCATE: TRUNCATE takes a lock that blocks
		// every reader of the tables until the commit.
		// The tallies' triggers stand aside for this transaction: the
		// tallies are counted once at the end.
		b := &pgx.Batch{}
		queueLog(b, k.Resolved, k.Rebuilt)
		b.Queue(`SELECT set_config('attache.rebuild', 'on', true)`)
		for _, t := range kbTables {
			b.Queue(`DELETE FROM ` + t)
		}
		queueKnowledge(b, k)
		for _, q := range recountTallies {
			b.Queue(q)
		}
		b.Queue(`SELECT set_config('attache.rebuild', 'off', true)`)
		return sendBatch(ctx, tx, b)
	})
}

// PutKnowledge adds k to the knowledge base. See attache.KnowledgeStore.
func (s *Store) PutKnowledge(ctx context.Context, k *attache.Knowledge) error {
	if err := sqlbase.CheckKnowledge(k); err != nil {
		return err
	}
	return s.inTx(ctx, "put knowledge", func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		queueLog(b, k.Resolved, k.Rebuilt)
		queueKnowledge(b, k)
		return sendBatch(ctx, tx, b)
	})
}

// sendBatch sends the statements of a knowledge write in one round trip.
func sendBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch) error {
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("write knowledge: %w", err)
	}
	return nil
}

// PendingArticles lists the articles not yet resolved, in the order they
// were stored. See attache.KnowledgeStore.
func (s *Store) PendingArticles(ctx context.Context) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT article_id FROM pending_resolution ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("pending articles: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("pending articles: %w", err)
	}
	return ids, nil
}

// inTx runs fn in a transaction, wrapping internal errors with what.
func (s *Store) inTx(ctx context.Context, what string, fn func(pgx.Tx) error) error {
	err := pgx.BeginFunc(ctx, s.pool, fn)
	if err != nil && attache.ErrorCode(err) == attache.EINTERNAL {
		return fmt.Errorf("%s: %w", what, err)
	}
	return err
}

// queueKnowledge queues the statements that write k in b.
func queueKnowledge(b *pgx.Batch, k *attache.Knowledge) {
	if len(k.Resolved) > 0 {
		b.Queue(`DELETE FROM pending_resolution WHERE article_id = ANY($1)`, k.Resolved)
	}
	for _, e := range k.Entities {
		b.Queue(`INSERT INTO kb_entities (id, type, name, key, country, rank, articles) VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, key = excluded.key,
			country = excluded.country, rank = excluded.rank, articles = excluded.articles`,
			e.ID, string(e.Type), e.Name, fold.Key(e.Name), e.Country, e.Rank, e.Articles)
		for _, a := range e.Aliases {
			b.Queue(`INSERT INTO kb_aliases (entity_id, alias, key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
				e.ID, a, fold.Key(a))
		}
		for _, p := range e.Positions {
			b.Queue(`INSERT INTO kb_positions (entity_id, kind, value, as_of, former, article_id, confirmed)
				VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
				e.ID, p.Kind, p.Value, p.AsOf, p.Former, p.ArticleID, p.Confirmed)
		}
	}
	for _, l := range k.Links {
		b.Queue(`INSERT INTO kb_links (article_id, entity_idx, entity_id, name, published)
			VALUES ($1, $2, $3, $4, coalesce((SELECT published FROM articles WHERE id = $1), ''))
			ON CONFLICT (article_id, entity_idx) DO UPDATE SET entity_id = excluded.entity_id, name = excluded.name,
			published = excluded.published`,
			l.ArticleID, l.EntityIdx, l.EntityID, l.Name)
	}
	for _, e := range k.Events {
		start, numbered := dateStart(e.Date), e.Series != "" && e.Number > 0
		b.Queue(`INSERT INTO kb_events (id, type, name, date, date_start, place, series, number,
			mission, unit, rotation, personnel, women, confirmed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
			ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, date = excluded.date,
			date_start = excluded.date_start, place = excluded.place, series = excluded.series,
			number = excluded.number, mission = excluded.mission, unit = excluded.unit,
			rotation = excluded.rotation, personnel = excluded.personnel, women = excluded.women,
			confirmed = excluded.confirmed`,
			e.ID, string(e.Type), e.Name, e.Date, start, e.Place, e.Series, e.Number, e.Mission, e.Unit,
			e.Rotation, e.Personnel, e.Women, e.Confirmed)
		// An event already stored may have been re-dated or re-typed: its
		// copies of date and type move with it, also in the rows of
		// parties and pairs that this report does not repeat.
		b.Queue(`UPDATE kb_event_parties SET date_start = $1, type = $2 WHERE event_id = $3 AND (date_start <> $1 OR type <> $2)`,
			start, string(e.Type), e.ID)
		b.Queue(`UPDATE kb_event_pairs SET date_start = $1, type = $2, numbered = $3
			WHERE event_id = $4 AND (date_start <> $1 OR type <> $2 OR numbered <> $3)`, start, string(e.Type), numbered, e.ID)
		for i, p := range e.Participants {
			b.Queue(`INSERT INTO kb_event_parties (event_id, kind, party, idx, date_start, type) VALUES ($1, 'entity', $2, $3, $4, $5)
				ON CONFLICT (event_id, kind, party) DO NOTHING`, e.ID, p, i, start, string(e.Type))
		}
		for i, c := range e.Countries {
			b.Queue(`INSERT INTO kb_event_parties (event_id, kind, party, idx, date_start, type) VALUES ($1, 'country', $2, $3, $4, $5)
				ON CONFLICT (event_id, kind, party) DO NOTHING`, e.ID, c, i, start, string(e.Type))
		}
		queuePairs(b, e, start, numbered)
		for _, src := range e.Sources {
			b.Queue(`INSERT INTO kb_event_sources (event_id, article_id, idx, published, salience, evidence)
				VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
				e.ID, src.ArticleID, src.Idx, src.Published, src.Salience, src.Evidence)
		}
	}
}

// manyCountries is the number of countries from which an event's pairs
// are written in one statement rather than one statement each: that
// statement costs more than a few single rows, and much less than the
// thousands of pairs of a conference of seventy states.
const manyCountries = 8

// queuePairs queues the writes of every pair of e's countries (a < b in
// byte order).
func queuePairs(b *pgx.Batch, e attache.KBEvent, start string, numbered bool) {
	if len(e.Countries) > manyCountries {
		b.Queue(`INSERT INTO kb_event_pairs (a, b, event_id, date_start, type, numbered)
			SELECT DISTINCT x, y, $1::text, $2::text, $3::text, $4::boolean FROM unnest($5::text[]) x, unnest($5::text[]) y
			WHERE x COLLATE "C" < y COLLATE "C" ORDER BY 1, 2
			ON CONFLICT (a, b, event_id) DO NOTHING`, e.ID, start, string(e.Type), numbered, e.Countries)
		return
	}
	for i, a := range e.Countries {
		for _, c := range e.Countries[i+1:] {
			if a == c {
				continue
			}
			b.Queue(`INSERT INTO kb_event_pairs (a, b, event_id, date_start, type, numbered) VALUES ($1, $2, $3, $4, $5, $6)
				ON CONFLICT (a, b, event_id) DO NOTHING`, min(a, c), max(a, c), e.ID, start, string(e.Type), numbered)
		}
	}
}

// dateStart is the first day an ISO date or range stands for:
// "2024-12-26/2024-12-28" → "2024-12-26".
func dateStart(d string) string {
	start, _, _ := strings.Cut(d, "/")
	return start
}

// AddCorrection records c. See attache.KnowledgeStore.
func (s *Store) AddCorrection(ctx context.Context, c *attache.Correction) error {
	if c == nil || c.Kind == "" {
		return attache.Errorf(attache.EINVALID, "correction has no kind")
	}
	if c.At.IsZero() {
		c.At = time.Now().UTC()
	}
	var seq int64
	err := s.inTx(ctx, "add correction", func(tx pgx.Tx) error {
		// Other processes' copies of the base must apply it: they build again.
		if err := logCorrection(ctx, tx); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `INSERT INTO kb_corrections (kind, entity, target, value, note, at, undone)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq`, c.Kind, c.Entity, c.Target, c.Value, c.Note,
			c.At.UTC().Format(time.RFC3339Nano), c.Undone).Scan(&seq)
	})
	if err != nil {
		return err
	}
	c.ID = strconv.FormatInt(seq, 10)
	return nil
}

// SetCorrectionUndone marks a correction undone or not. See
// attache.KnowledgeStore.
func (s *Store) SetCorrectionUndone(ctx context.Context, id string, undone bool) (*attache.Correction, error) {
	seq, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return nil, attache.Errorf(attache.ENOTFOUND, "no correction %q", id)
	}
	var c *attache.Correction
	err = s.inTx(ctx, "undo correction "+id, func(tx pgx.Tx) error {
		if err := logCorrection(ctx, tx); err != nil {
			return err
		}
		c, err = scanCorrection(tx.QueryRow(ctx, `UPDATE kb_corrections SET undone = $1 WHERE seq = $2
			RETURNING `+correctionColumns, undone, seq))
		if errors.Is(err, pgx.ErrNoRows) {
			return attache.Errorf(attache.ENOTFOUND, "no correction %s", id)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

const correctionColumns = `seq, kind, entity, target, value, note, at, undone`

func scanCorrection(row pgx.Row) (*attache.Correction, error) {
	var c attache.Correction
	var seq int64
	var at string
	if err := row.Scan(&seq, &c.Kind, &c.Entity, &c.Target, &c.Value, &c.Note, &at, &c.Undone); err != nil {
		return nil, err
	}
	c.ID = strconv.FormatInt(seq, 10)
	var err error
	if c.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
		return nil, fmt.Errorf("correction %d: bad time %q: %w", seq, at, err)
	}
	return &c, nil
}

// Corrections lists every correction, oldest first. See
// attache.KnowledgeStore.
func (s *Store) Corrections(ctx context.Context) ([]attache.Correction, error) {
	return s.corrections(ctx, `ORDER BY seq`)
}
