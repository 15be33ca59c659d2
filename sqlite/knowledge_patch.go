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

// PatchKnowledgeParties is PatchKnowledge where the events of drop (event
// id → entity ids) change in their entity parties and confirmation alone:
// each loses those entity parties, gains the entity participants of its
// version in k that it lacks, and keeps its other rows. See
// resolve.PartyPatcher.
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
	if len(drop) > 0 {
		rest := *k
		rest.Events = nil
		for _, e := range k.Events {
			if _, ok := drop[e.ID]; !ok {
				rest.Events = append(rest.Events, e)
				continue
			}
			if err := s.writeEventEdit(e); err != nil {
				return fmt.Errorf("event %s: %w", e.ID, err)
			}
		}
		k = &rest
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

// writeEventEdit writes what a merge, a split or a confirmation changes
// of a stored event: its confirmation and its entity parties.
func (s *stmts) writeEventEdit(e attache.KBEvent) error {
	if err := s.exec(`UPDATE kb_events SET confirmed = ? WHERE id = ?`, e.Confirmed, e.ID); err != nil {
		return err
	}
	start := dateStart(e.Date)
	for i, p := range e.Participants {
		if err := s.exec(`INSERT INTO kb_event_parties (event_id, kind, party, idx, date_start) VALUES (?, 'entity', ?, ?, ?)
			ON CONFLICT (event_id, kind, party) DO NOTHING`, e.ID, p, i, start); err != nil {
			return err
		}
	}
	return s.exec(`UPDATE kb_events SET details = `+eventDetailsSQL+` WHERE id = ?`, e.ID)
}
