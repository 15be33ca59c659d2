package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"attache"
)

// PatchKnowledge deletes the entities and events whose ids are given, with
// their rows in the other knowledge-base tables, then writes k as
// PutKnowledge does, in one transaction: what resolve.Service writes when
// new articles changed part of the knowledge base, instead of rewriting
// all of it. See resolve.Patcher.
func (db *DB) PatchKnowledge(ctx context.Context, entities, events []string, k *attache.Knowledge) error {
	if err := checkKnowledge(k); err != nil {
		return err
	}
	return db.inTx(ctx, "patch knowledge", func(tx *sql.Tx) error {
		s := &stmts{tx: tx, ctx: ctx, m: map[string]*sql.Stmt{}, pairsKept: map[string]map[string]bool{}}
		defer s.close()
		rewritten := map[string][]string{} // the countries of the events k writes again
		for _, e := range k.Events {
			rewritten[e.ID] = e.Countries
		}
		for _, id := range events {
			if err := s.deleteEvent(id, rewritten); err != nil {
				return fmt.Errorf("delete event %s: %w", id, err)
			}
		}
		for _, id := range entities {
			for _, q := range []string{`DELETE FROM kb_aliases WHERE entity_id = ?`,
				`DELETE FROM kb_positions WHERE entity_id = ?`, `DELETE FROM kb_entities WHERE id = ?`} {
				if err := s.exec(q, id); err != nil {
					return fmt.Errorf("delete entity %s: %w", id, err)
				}
			}
		}
		return s.writeKnowledge(k, false)
	})
}

// deleteEvent deletes event id with its parties, pairs and sources. An
// event written again in the same patch (rewritten gives its new
// countries) keeps the pairs of the countries it still has: a conference
// of seventy states has thousands of pairs, and rewriting them all each
// time a report adds a source or reorders its parties made these writes
// most of the time of an ingest. Their dates and types follow the event
// when it is written (moveEventCopies).
func (s *stmts) deleteEvent(id string, rewritten map[string][]string) error {
	queries := []string{`DELETE FROM kb_event_parties WHERE event_id = ?`, `DELETE FROM kb_event_sources WHERE event_id = ?`}
	if countries, ok := rewritten[id]; ok {
		// The event's row stays (the write updates it in place): deleting
		// it would delete its pairs too (ON DELETE CASCADE).
		if err := s.keepPairs(id, countries); err != nil {
			return err
		}
	} else {
		// pairs first, row by row: their triggers keep the pair tallies
		queries = append([]string{`DELETE FROM kb_event_pairs WHERE event_id = ?`}, append(queries, `DELETE FROM kb_events WHERE id = ?`)...)
	}
	for _, q := range queries {
		if err := s.exec(q, id); err != nil {
			return err
		}
	}
	return nil
}

// keepPairs deletes the pairs of event id that involve a country it no
// longer has, and records the countries whose pairs stay (s.pairsKept).
func (s *stmts) keepPairs(id string, countries []string) error {
	old, err := s.storedCountries(id)
	if err != nil {
		return err
	}
	keep := map[string]bool{}
	for _, c := range countries {
		if old[c] {
			keep[c] = true
		}
	}
	for c := range old {
		if !keep[c] {
			if err := s.exec(`DELETE FROM kb_event_pairs WHERE event_id = ? AND (a = ? OR b = ?)`, id, c, c); err != nil {
				return err
			}
		}
	}
	s.pairsKept[id] = keep
	return nil
}
