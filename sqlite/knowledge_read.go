package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strings"

	"attache"
)

// maxParams bounds the ids bound in one IN (...) list, under SQLite's
// default limit on host parameters.
const maxParams = 500

// placeholders returns "?, ?, ?" for n parameters.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// inChunks calls fn with ids in slices of at most maxParams.
func inChunks(ids []string, fn func(chunk []any) error) error {
	for len(ids) > 0 {
		n := min(len(ids), maxParams)
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		if err := fn(args); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// KBEntitiesByKey returns the entities known by any of keys. See
// attache.KnowledgeStore.
func (db *DB) KBEntitiesByKey(ctx context.Context, keys []string) ([]attache.KBEntity, error) {
	var ids []string
	seen := map[string]bool{}
	err := inChunks(keys, func(args []any) error {
		q := `SELECT id FROM kb_entities WHERE key IN (` + placeholders(len(args)) + `)
			UNION SELECT entity_id FROM kb_aliases WHERE key IN (` + placeholders(len(args)) + `)`
		rows, err := db.read.QueryContext(ctx, q, append(args, args...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return err
			}
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("kb entities by key: %w", err)
	}
	return db.loadKBEntities(ctx, ids)
}

// KBEntity returns one entity. See attache.KnowledgeStore.
func (db *DB) KBEntity(ctx context.Context, id string) (*attache.KBEntity, error) {
	es, err := db.loadKBEntities(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, attache.Errorf(attache.ENOTFOUND, "no entity %s", id)
	}
	return &es[0], nil
}

// KBEntityNames returns entities (without aliases and positions) by ID.
// See attache.KnowledgeStore.
func (db *DB) KBEntityNames(ctx context.Context, ids []string) (map[string]attache.KBEntity, error) {
	out := map[string]attache.KBEntity{}
	err := inChunks(ids, func(args []any) error {
		rows, err := db.read.QueryContext(ctx, `SELECT id, type, name, country, rank, articles FROM kb_entities
			WHERE id IN (`+placeholders(len(args))+`)`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var e attache.KBEntity
			if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Country, &e.Rank, &e.Articles); err != nil {
				return err
			}
			out[e.ID] = e
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("kb entity names: %w", err)
	}
	return out, nil
}

// loadKBEntities reads entities with aliases and positions, in the order
// of ids.
func (db *DB) loadKBEntities(ctx context.Context, ids []string) ([]attache.KBEntity, error) {
	byID, err := db.KBEntityNames(ctx, ids)
	if err != nil {
		return nil, err
	}
	err = inChunks(ids, func(args []any) error {
		in := placeholders(len(args))
		rows, err := db.read.QueryContext(ctx, `SELECT entity_id, alias FROM kb_aliases WHERE entity_id IN (`+in+`) ORDER BY entity_id, alias`, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, a string
			if err := rows.Scan(&id, &a); err != nil {
				rows.Close()
				return err
			}
			e := byID[id]
			e.Aliases = append(e.Aliases, a)
			byID[id] = e
		}
		rows.Close()
		rows, err = db.read.QueryContext(ctx, `SELECT entity_id, kind, value, as_of, former, article_id, confirmed
			FROM kb_positions WHERE entity_id IN (`+in+`) ORDER BY entity_id, as_of, kind, value`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var p attache.Position
			if err := rows.Scan(&id, &p.Kind, &p.Value, &p.AsOf, &p.Former, &p.ArticleID, &p.Confirmed); err != nil {
				return err
			}
			e := byID[id]
			e.Positions = append(e.Positions, p)
			byID[id] = e
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	out := []attache.KBEntity{}
	for _, id := range ids {
		if e, ok := byID[id]; ok {
			if e.Aliases == nil {
				e.Aliases = []string{}
			}
			if e.Positions == nil {
				e.Positions = []attache.Position{}
			}
			out = append(out, e)
		}
	}
	return out, nil
}

// EntityLinks lists an entity's article links. See attache.KnowledgeStore.
func (db *DB) EntityLinks(ctx context.Context, id string, limit int) ([]attache.EntityLink, error) {
	q := `SELECT l.article_id, l.entity_idx, l.entity_id, l.name, coalesce(a.published, ''), coalesce(a.title, '')
		FROM kb_links l LEFT JOIN articles a ON a.id = l.article_id
		WHERE l.entity_id = ? ORDER BY a.published IS NULL, a.published DESC, l.article_id, l.entity_idx`
	args := []any{id}
	if limit > 0 {
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("entity links: %w", err)
	}
	defer rows.Close()
	out := []attache.EntityLink{}
	for rows.Next() {
		var l attache.EntityLink
		if err := rows.Scan(&l.ArticleID, &l.EntityIdx, &l.EntityID, &l.Name, &l.Published, &l.Title); err != nil {
			return nil, fmt.Errorf("entity links: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

var isoDatePrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// KBEvents lists events matching f. See attache.KnowledgeStore.
func (db *DB) KBEvents(ctx context.Context, f attache.KBEventFilter) ([]attache.KBEvent, error) {
	var where []string
	var args []any
	for _, d := range []string{f.From, f.To} {
		if d != "" && !isoDatePrefix.MatchString(d) {
			return nil, attache.Errorf(attache.EINVALID, "bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if len(f.Types) > 0 {
		where = append(where, `e.type IN (`+placeholders(len(f.Types))+`)`)
		for _, t := range f.Types {
			args = append(args, t)
		}
	}
	if f.EntityID != "" {
		where = append(where, `e.id IN (SELECT event_id FROM kb_event_parties WHERE kind = 'entity' AND party = ?)`)
		args = append(args, f.EntityID)
	}
	for _, c := range f.Countries {
		where = append(where, `e.id IN (SELECT event_id FROM kb_event_parties WHERE kind = 'country' AND party = ?)`)
		args = append(args, strings.ToUpper(c))
	}
	if f.Mission != "" {
		where = append(where, `lower(e.mission) = lower(?)`)
		args = append(args, f.Mission)
	}
	if f.From != "" {
		// "2024" as a lower bound keeps every date starting in 2024.
		where = append(where, `e.date_start <> '' AND e.date_start >= ?`)
		args = append(args, f.From)
	}
	if f.To != "" {
		// An upper bound "2024-12" keeps "2024-12-31": compare the prefix.
		where = append(where, `e.date_start <> '' AND substr(e.date_start, 1, ?) <= ?`)
		args = append(args, len(f.To), f.To)
	}
	q := `SELECT e.id, e.type, e.name, e.date, e.place, e.series, e.number, e.mission, e.unit, e.rotation,
		e.personnel, e.women, e.confirmed FROM kb_events e`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY e.date_start = '', e.date_start, e.id`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	out := []attache.KBEvent{}
	idx := map[string]int{}
	var ids []string
	for rows.Next() {
		var e attache.KBEvent
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Date, &e.Place, &e.Series, &e.Number, &e.Mission,
			&e.Unit, &e.Rotation, &e.Personnel, &e.Women, &e.Confirmed); err != nil {
			rows.Close()
			return nil, fmt.Errorf("kb events: %w", err)
		}
		e.Participants, e.Countries, e.Sources = []string{}, []string{}, []attache.EventSource{}
		idx[e.ID] = len(out)
		ids = append(ids, e.ID)
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	if err := db.loadEventDetails(ctx, ids, idx, out); err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	return out, nil
}

// loadEventDetails fills the parties and sources of events.
func (db *DB) loadEventDetails(ctx context.Context, ids []string, idx map[string]int, out []attache.KBEvent) error {
	return inChunks(ids, func(args []any) error {
		in := placeholders(len(args))
		if err := db.eachRow(ctx, `SELECT event_id, kind, party FROM kb_event_parties WHERE event_id IN (`+in+`)
			ORDER BY event_id, kind, idx`, args, func(r *sql.Rows) error {
			var id, kind, party string
			if err := r.Scan(&id, &kind, &party); err != nil {
				return err
			}
			e := &out[idx[id]]
			if kind == "country" {
				e.Countries = append(e.Countries, party)
			} else {
				e.Participants = append(e.Participants, party)
			}
			return nil
		}); err != nil {
			return err
		}
		return db.eachRow(ctx, `SELECT event_id, article_id, idx, published, salience, evidence FROM kb_event_sources
			WHERE event_id IN (`+in+`) ORDER BY event_id, published, article_id, idx`, args, func(r *sql.Rows) error {
			var id string
			var s attache.EventSource
			if err := r.Scan(&id, &s.ArticleID, &s.Idx, &s.Published, &s.Salience, &s.Evidence); err != nil {
				return err
			}
			e := &out[idx[id]]
			e.Sources = append(e.Sources, s)
			return nil
		})
	})
}

func (db *DB) eachRow(ctx context.Context, q string, args []any, fn func(*sql.Rows) error) error {
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
