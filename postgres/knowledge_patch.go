package postgres

import (
	"context"
	"slices"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/internal/sqlbase"
)

// PatchKnowledge deletes the entities and events whose ids are given, with
// their rows in the other knowledge-base tables, then writes k as
// PutKnowledge does, in one transaction: what resolve.Service writes when
// new articles or a correction changed part of the knowledge base,
// instead of rewriting all of it. See resolve.Patcher.
func (s *Store) PatchKnowledge(ctx context.Context, entities, events []string, k *attache.Knowledge) error {
	return s.PatchKnowledgeParties(ctx, entities, events, nil, k)
}

// PatchKnowledgeParties is PatchKnowledge where the events of drop (event
// id → entity ids) change in their entity parties and confirmation alone:
// each loses those entity parties, gains the entity participants of its
// version in k that it lacks, and keeps its other rows. See
// resolve.PartyPatcher.
func (s *Store) PatchKnowledgeParties(ctx context.Context, entities, events []string, drop map[string][]string, k *attache.Knowledge) error {
	if err := sqlbase.CheckKnowledge(k); err != nil {
		return err
	}
	return s.inTx(ctx, "patch knowledge", func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		// The log's row lock first, as in every knowledge write.
		queueLog(b, k.Resolved, k.Rebuilt)
		rest := queueEventEdits(b, drop, k)
		// Their parties, pairs and sources go with them (ON DELETE CASCADE),
		// as the aliases and positions go with the entities.
		if len(events) > 0 {
			b.Queue(`DELETE FROM kb_events WHERE id = ANY($1)`, events)
		}
		if len(entities) > 0 {
			b.Queue(`DELETE FROM kb_entities WHERE id = ANY($1)`, entities)
		}
		queueKnowledge(b, rest)
		return sendBatch(ctx, tx, b)
	})
}

// queueEventEdits queues what a merge, a split or a confirmation changes
// of the stored events of drop: each loses the entity parties drop names,
// gains the participants of its version in k it lacks (at their place in
// k's list), and takes k's confirmation. It returns k without those
// events, to be written as PutKnowledge does.
func queueEventEdits(b *pgx.Batch, drop map[string][]string, k *attache.Knowledge) *attache.Knowledge {
	if len(drop) == 0 {
		return k
	}
	ids := make([]string, 0, len(drop))
	for id := range drop {
		ids = append(ids, id)
	}
	slices.Sort(ids) // the same order of row locks in every write
	for _, id := range ids {
		b.Queue(`DELETE FROM kb_event_parties WHERE event_id = $1 AND kind = 'entity' AND party = ANY($2)`, id, drop[id])
	}
	rest := *k
	rest.Events = nil
	for _, e := range k.Events {
		if _, ok := drop[e.ID]; !ok {
			rest.Events = append(rest.Events, e)
			continue
		}
		b.Queue(`UPDATE kb_events SET confirmed = $1 WHERE id = $2`, e.Confirmed, e.ID)
		start := dateStart(e.Date)
		for i, p := range e.Participants {
			b.Queue(`INSERT INTO kb_event_parties (event_id, kind, party, idx, date_start, type) VALUES ($1, 'entity', $2, $3, $4, $5)
				ON CONFLICT (event_id, kind, party) DO NOTHING`, e.ID, p, i, start, string(e.Type))
		}
	}
	return &rest
}
