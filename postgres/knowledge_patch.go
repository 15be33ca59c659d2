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
		if gone := queueEventRewrites(b, events, rest); len(gone) > 0 {
			b.Queue(`DELETE FROM kb_events WHERE id = ANY($1)`, gone)
		}
		if gone := queueEntityKeeps(b, entities, rest); len(gone) > 0 {
			b.Queue(`DELETE FROM kb_entities WHERE id = ANY($1)`, gone)
		}
		queueKnowledge(b, rest)
		return sendBatch(ctx, tx, b)
	})
}

// queueEventEdits queues what a merge, a split or a confirmation changes
// of the stored events of drop: each loses the entity parties drop names,
// has the participants of its version in k at their places in k's list
// (new ones added, moved ones given their new place), and takes k's
// confirmation. It returns k without those
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
				ON CONFLICT (event_id, kind, party) DO UPDATE SET idx = excluded.idx
				WHERE kb_event_parties.idx <> excluded.idx`, e.ID, p, i, start, string(e.Type))
		}
	}
	return &rest
}

// queueEventRewrites queues, for each event of events that k writes
// again, the deletion of its sources, of its parties that are no longer at
// their place in its lists and of the pairs of the countries it no longer
// has; the write of k then adds what is missing (ON CONFLICT DO NOTHING
// leaves the rest). A conference of seventy states has thousands of
// pairs: deleting the event whole wrote them all again, with their
// tallies, each time a report reordered its parties. It returns the
// events to delete whole.
func queueEventRewrites(b *pgx.Batch, events []string, k *attache.Knowledge) (gone []string) {
	again := make(map[string]*attache.KBEvent, len(k.Events))
	for i := range k.Events {
		again[k.Events[i].ID] = &k.Events[i]
	}
	for _, id := range events {
		e, ok := again[id]
		if !ok {
			gone = append(gone, id)
			continue
		}
		people, countries := nonNil(e.Participants), nonNil(e.Countries)
		b.Queue(`DELETE FROM kb_event_sources WHERE event_id = $1`, id)
		b.Queue(`DELETE FROM kb_event_parties WHERE event_id = $1 AND (kind, party, idx) NOT IN (
			SELECT 'entity', p, (i - 1)::integer FROM unnest($2::text[]) WITH ORDINALITY AS t (p, i)
			UNION ALL SELECT 'country', c, (i - 1)::integer FROM unnest($3::text[]) WITH ORDINALITY AS u (c, i))`,
			id, people, countries)
		b.Queue(`DELETE FROM kb_event_pairs WHERE event_id = $1 AND NOT (a = ANY($2::text[]) AND b = ANY($2::text[]))`,
			id, countries)
	}
	return gone
}

// queueEntityKeeps queues, for each entity of entities that k writes
// again, the deletion of the aliases and positions it no longer has as
// stored; the write of k then adds what is missing (ON CONFLICT DO NOTHING
// leaves the rest) and updates the entity's row in place. A person of
// thousands of reports has thousands of positions: a merge into it, or
// the undo of one, deleted and wrote them all again. It returns the
// entities to delete whole.
func queueEntityKeeps(b *pgx.Batch, entities []string, k *attache.Knowledge) (gone []string) {
	again := make(map[string]*attache.KBEntity, len(k.Entities))
	for i := range k.Entities {
		again[k.Entities[i].ID] = &k.Entities[i]
	}
	for _, id := range entities {
		e, ok := again[id]
		if !ok {
			gone = append(gone, id)
			continue
		}
		b.Queue(`DELETE FROM kb_aliases WHERE entity_id = $1 AND alias <> ALL($2::text[])`, id, nonNil(e.Aliases))
		kinds, values, articles, asOf, former, confirmed := positionColumns(e.Positions)
		b.Queue(`DELETE FROM kb_positions WHERE entity_id = $1 AND (kind, value, article_id, as_of, former, confirmed) NOT IN (
			SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bool[], $7::bool[]))`,
			id, kinds, values, articles, asOf, former, confirmed)
	}
	return gone
}

// positionColumns returns the columns of the positions ps as stored: the
// first of those with the same key (kind, value, article), as ON CONFLICT
// DO NOTHING keeps it.
func positionColumns(ps []attache.Position) (kinds, values, articles, asOf []string, former, confirmed []bool) {
	type key struct{ kind, value, article string }
	seen := make(map[key]bool, len(ps))
	kinds, values, articles, asOf = []string{}, []string{}, []string{}, []string{}
	former, confirmed = []bool{}, []bool{}
	for _, p := range ps {
		k := key{p.Kind, p.Value, p.ArticleID}
		if seen[k] {
			continue
		}
		seen[k] = true
		kinds, values, articles, asOf = append(kinds, p.Kind), append(values, p.Value), append(articles, p.ArticleID), append(asOf, p.AsOf)
		former, confirmed = append(former, p.Former), append(confirmed, p.Confirmed)
	}
	return kinds, values, articles, asOf, former, confirmed
}

// nonNil is ss, or an empty list for nil (which would reach SQL as NULL).
func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
