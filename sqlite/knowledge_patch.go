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
	return db.inTx(ctx, "patch knowledge", func(tx *sql.Tx) error { return patchKnowledge(ctx, tx, entities, events, nil, k) })
}

// PatchKnowledgeParties is PatchKnowledge that first also removes, from
// each event of drop (event id → entity ids), those entity parties,
// keeping the events' other rows. See resolve.PartyPatcher.
func (db *DB) PatchKnowledgeParties(ctx context.Context, entities, events []string, drop map[string][]string, k *attache.Knowledge) error {
	if err := checkKnowledge(k); err != nil {
		return err
	}
	return db.inTx(ctx, "patch knowledge", func(tx *sql.Tx) error { return patchKnowledge(ctx, tx, entities, events, drop, k) })
}

// patchKnowledge is PatchKnowledgeParties in transaction tx.
func patchKnowledge(ctx context.Context, tx *sql.Tx, entities, events []string, drop map[string][]string, k *attache.Knowledge) error {
	s := &stmts{tx: tx, ctx: ctx, m: map[string]*sql.Stmt{}}
	defer s.close()
	for id, parties := range drop {
		for _, p := range parties {
			if err := s.exec(`DELETE FROM kb_event_parties WHERE event_id = ? AND kind = 'entity' AND party = ?`, id, p); err != nil {
				return fmt.Errorf("drop party %s of %s: %w", p, id, err)
			}
		}
	}
	for _, id := range events {
		// Pairs first, row by row: their triggers keep the pair tallies.
		for _, q := range []string{`DELETE FROM kb_event_pairs WHERE event_id = ?`,
			`DELETE FROM kb_event_parties WHERE event_id = ?`, `DELETE FROM kb_event_sources WHERE event_id = ?`,
			`DELETE FROM kb_events WHERE id = ?`} {
			if err := s.exec(q, id); err != nil {
				return fmt.Errorf("delete event %s: %w", id, err)
			}
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
	return writeKnowledge(ctx, tx, k, false)
}
