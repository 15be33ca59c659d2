package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// PatchKnowledge deletes the entities and events whose ids are given, with
// their rows in the other knowledge-base tables, then writes k as
// PutKnowledge does, in one transaction: what resolve.Service writes when
// new articles changed part of the knowledge base, instead of rewriting
// all of it. See resolve.Patcher.
func (db *DB) PatchKnowledge(ctx context.Context, entities, events []string, k *attache.Knowledge) error {
	if err := sqlbase.CheckKnowledge(k); err != nil {
		return err
	}
	return db.inTx(ctx, "patch knowledge", func(tx *sql.Tx) error { return patchKnowledge(ctx, tx, entities, events, nil, k) })
}

// PatchKnowledgeParties is PatchKnowledge where the events of drop (event
// id → entity ids) change in their entity parties and confirmation alone:
// each loses those entity parties, has the entity participants of its
// version in k at their places, and keeps its other rows. See
// resolve.PartyPatcher.
func (db *DB) PatchKnowledgeParties(ctx context.Context, entities, events []string, drop map[string][]string, k *attache.Knowledge) error {
	if err := sqlbase.CheckKnowledge(k); err != nil {
		return err
	}
	return db.inTx(ctx, "patch knowledge", func(tx *sql.Tx) error { return patchKnowledge(ctx, tx, entities, events, drop, k) })
}

// patchKnowledge is PatchKnowledgeParties in transaction tx.
func patchKnowledge(ctx context.Context, tx *sql.Tx, entities, events []string, drop map[string][]string, k *attache.Knowledge) error {
	s := &stmts{tx: tx, ctx: ctx, m: map[string]*sql.Stmt{}, pairsKept: map[string]map[string]bool{},
		entityKept: map[string]*keptRows{}}
	defer s.close()
	if len(drop) > 0 {
		rest := *k
		rest.Events = nil
		var edits []attache.KBEvent
		for _, e := range k.Events {
			if _, ok := drop[e.ID]; ok {
				edits = append(edits, e)
			} else {
				rest.Events = append(rest.Events, e)
			}
		}
		if err := s.writeEventEdits(drop, edits); err != nil {
			return err
		}
		k = &rest
	}
	rewritten := map[string]*attache.KBEvent{} // the events k writes again
	for i := range k.Events {
		rewritten[k.Events[i].ID] = &k.Events[i]
	}
	for _, id := range events {
		if err := s.deleteEvent(id, rewritten); err != nil {
			return fmt.Errorf("delete event %s: %w", id, err)
		}
	}
	kept := map[string]*attache.KBEntity{} // the entities k writes again
	for i := range k.Entities {
		kept[k.Entities[i].ID] = &k.Entities[i]
	}
	for _, id := range entities {
		if e, ok := kept[id]; ok {
			if err := s.keepEntity(e); err != nil {
				return fmt.Errorf("entity %s: %w", id, err)
			}
			continue
		}
		for _, q := range []string{`DELETE FROM kb_aliases WHERE entity_id = ?`,
			`DELETE FROM kb_positions WHERE entity_id = ?`, `DELETE FROM kb_entities WHERE id = ?`} {
			if err := s.exec(q, id); err != nil {
				return fmt.Errorf("delete entity %s: %w", id, err)
			}
		}
	}
	return s.writeKnowledge(k, false)
}

// writeEventEdits writes what merges, splits or confirmations change of
// the stored events es, those of drop: each loses the entity parties drop
// names, has its other entity parties at their places in its list (new
// ones added, moved ones given their new place), and takes its
// confirmation, and the participants of its details and brief
// (setPartiesSQL). It takes four statements whatever the number of
// events: the merge of a person of two thousand reports edits as many,
// and a statement for each party and event made most of its time.
func (s *stmts) writeEventEdits(drop map[string][]string, es []attache.KBEvent) error {
	var lost, parties [][]any
	for id, ps := range drop {
		for _, p := range ps {
			lost = append(lost, []any{id, p})
		}
	}
	ids := map[bool][]string{}
	for _, e := range es {
		start := dateStart(e.Date)
		for i, p := range e.Participants {
			parties = append(parties, []any{e.ID, p, i, start, string(e.Type)})
		}
		ids[e.Confirmed] = append(ids[e.Confirmed], e.ID)
	}
	if err := s.execJSON(`DELETE FROM kb_event_parties WHERE kind = 'entity' AND (event_id, party) IN
		(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))`, lost); err != nil {
		return fmt.Errorf("drop parties: %w", err)
	}
	if err := s.execJSON(`INSERT INTO kb_event_parties (event_id, kind, party, idx, date_start, type)
		SELECT json_extract(value, '$[0]'), 'entity', json_extract(value, '$[1]'), json_extract(value, '$[2]'),
		json_extract(value, '$[3]'), json_extract(value, '$[4]') FROM json_each(?) WHERE true
		ON CONFLICT (event_id, kind, party) DO UPDATE SET idx = excluded.idx WHERE idx <> excluded.idx`, parties); err != nil {
		return fmt.Errorf("edit parties: %w", err)
	}
	for _, confirmed := range []bool{false, true} {
		if len(ids[confirmed]) == 0 {
			continue
		}
		list, err := jsonList(ids[confirmed])
		if err != nil {
			return err
		}
		if err := s.exec(`UPDATE kb_events SET confirmed = ?, `+setPartiesSQL+` WHERE id IN `+inList, confirmed, list); err != nil {
			return fmt.Errorf("edit events: %w", err)
		}
	}
	return nil
}

// execJSON runs query with rows, as one JSON array of arrays, for its
// only argument; no rows runs nothing.
func (s *stmts) execJSON(query string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	b, err := json.Marshal(rows)
	if err != nil {
		return err
	}
	return s.exec(query, string(b))
}

// eventPartiesSQL is the JSON list of the participants of the event
// whose id is the column kb_events.id, as detailsSQL lists them.
const eventPartiesSQL = `json((SELECT json_group_array(p.party ORDER BY p.idx, p.party) FROM kb_event_parties p
	WHERE p.event_id = kb_events.id AND p.kind = 'entity'))`

// setPartiesSQL sets the participants in the copies an event keeps of its
// normalised rows (setDetailsSQL), when they alone changed: its sources,
// which a widely reported event has by the hundred, are not read again.
// Copies not made yet are made whole.
var setPartiesSQL = `details = coalesce(json_set(details, '$.participants', ` + eventPartiesSQL + `), ` + eventDetailsSQL + `),
	brief = coalesce(json_set(brief, '$.participants', ` + eventPartiesSQL + `), ` +
	detailsSQL("kb_events.id", firstSources("kb_events.id")) + `)`

// deleteEvent deletes event id with its parties, pairs and sources. An
// event written again in the same patch (rewritten gives its new version)
// keeps the parties still at their place in its lists and the pairs of the
// countries it still has: a conference of seventy states has thousands of
// pairs, and rewriting them all each time a report adds a source or
// reorders its parties made these writes most of the time of an ingest.
// Their dates and types follow the event when it is written
// (moveEventCopies).
func (s *stmts) deleteEvent(id string, rewritten map[string]*attache.KBEvent) error {
	queries := []string{`DELETE FROM kb_event_sources WHERE event_id = ?`}
	if e, ok := rewritten[id]; ok {
		// The event's row stays (the write updates it in place): deleting
		// it would delete its parties and pairs too (ON DELETE CASCADE).
		if err := s.keepParties(e); err != nil {
			return err
		}
	} else {
		// pairs first, row by row: their triggers keep the pair tallies
		queries = []string{`DELETE FROM kb_event_pairs WHERE event_id = ?`, `DELETE FROM kb_event_parties WHERE event_id = ?`,
			queries[0], `DELETE FROM kb_events WHERE id = ?`}
	}
	for _, q := range queries {
		if err := s.exec(q, id); err != nil {
			return err
		}
	}
	return nil
}

// keepParties deletes the parties of stored event e that its new version
// no longer has at the same place in its lists, and the pairs that involve
// a country it no longer has; it records the countries whose pairs stay
// (s.pairsKept). writeEventParties then writes only the parties missing.
func (s *stmts) keepParties(e *attache.KBEvent) error {
	old, err := s.storedParties(e.ID)
	if err != nil {
		return err
	}
	want := map[string]map[string]int{"entity": places(e.Participants), "country": places(e.Countries)}
	for kind, parties := range old {
		for p, idx := range parties {
			if i, ok := want[kind][p]; ok && i == idx {
				continue
			}
			if err := s.exec(`DELETE FROM kb_event_parties WHERE event_id = ? AND kind = ? AND party = ?`, e.ID, kind, p); err != nil {
				return err
			}
		}
	}
	keep := map[string]bool{}
	for c := range old["country"] {
		if _, ok := want["country"][c]; ok {
			keep[c] = true
			continue
		}
		if err := s.exec(`DELETE FROM kb_event_pairs WHERE event_id = ? AND (a = ? OR b = ?)`, e.ID, c, c); err != nil {
			return err
		}
	}
	s.pairsKept[e.ID] = keep
	return nil
}

// places maps each element of list to its index.
func places(list []string) map[string]int {
	m := make(map[string]int, len(list))
	for i, x := range list {
		if _, ok := m[x]; !ok {
			m[x] = i
		}
	}
	return m
}

// keptRows are the aliases and positions of an entity that a patch keeps
// as they are stored: writeEntity writes only the others.
type keptRows struct {
	aliases   map[string]bool
	positions map[positionKey]bool
}

// positionKey is the primary key of a row of kb_positions, less the
// entity.
type positionKey struct{ kind, value, article string }

// keepEntity deletes the aliases and positions stored for entity e that
// its new version, written later in the same patch, lacks or has
// otherwise, and records the others (s.entityKept). The entity's row
// stays and is updated in place. A person of thousands of reports has
// thousands of positions: a merge into it, or the undo of one, deleted
// and wrote them all again.
func (s *stmts) keepEntity(e *attache.KBEntity) error {
	want := make(map[positionKey]attache.Position, len(e.Positions))
	for _, p := range e.Positions {
		k := positionKey{p.Kind, p.Value, p.ArticleID}
		if _, ok := want[k]; !ok {
			want[k] = p // the first is stored, as ON CONFLICT DO NOTHING keeps it
		}
	}
	kept := &keptRows{aliases: map[string]bool{}, positions: map[positionKey]bool{}}
	var drop []positionKey
	err := s.query(`SELECT kind, value, as_of, former, article_id, confirmed FROM kb_positions WHERE entity_id = ?`,
		[]any{e.ID}, func(rows *sql.Rows) error {
			var p attache.Position
			if err := rows.Scan(&p.Kind, &p.Value, &p.AsOf, &p.Former, &p.ArticleID, &p.Confirmed); err != nil {
				return err
			}
			k := positionKey{p.Kind, p.Value, p.ArticleID}
			if w, ok := want[k]; ok && w.AsOf == p.AsOf && w.Former == p.Former && w.Confirmed == p.Confirmed {
				kept.positions[k] = true
			} else {
				drop = append(drop, k)
			}
			return nil
		})
	if err != nil {
		return err
	}
	for _, k := range drop {
		if err := s.exec(`DELETE FROM kb_positions WHERE entity_id = ? AND kind = ? AND value = ? AND article_id = ?`,
			e.ID, k.kind, k.value, k.article); err != nil {
			return err
		}
	}
	if err := s.keepAliases(e, kept); err != nil {
		return err
	}
	s.entityKept[e.ID] = kept
	return nil
}

// keepAliases deletes the aliases stored for e that it no longer has and
// records the others in kept.
func (s *stmts) keepAliases(e *attache.KBEntity, kept *keptRows) error {
	want := make(map[string]bool, len(e.Aliases))
	for _, a := range e.Aliases {
		want[a] = true
	}
	var drop []string
	err := s.query(`SELECT alias FROM kb_aliases WHERE entity_id = ?`, []any{e.ID}, func(rows *sql.Rows) error {
		var a string
		if err := rows.Scan(&a); err != nil {
			return err
		}
		if want[a] {
			kept.aliases[a] = true
		} else {
			drop = append(drop, a)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, a := range drop {
		if err := s.exec(`DELETE FROM kb_aliases WHERE entity_id = ? AND alias = ?`, e.ID, a); err != nil {
			return err
		}
	}
	return nil
}

// query runs query, prepared once per transaction, and calls row for
// each row it returns.
func (s *stmts) query(query string, args []any, row func(*sql.Rows) error) error {
	st, err := s.prepared(query)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(s.ctx, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
