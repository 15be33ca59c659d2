package sqlite

import (
	"context"
	"fmt"
	"strings"

	"attache"
	"attache/internal/sqlbase"
)

// KBEventsByRef returns the events a correction may name: by id, or by
// the id of one of their reports ("event:ARTICLE#N"), each once, in no
// particular order. A ref no event answers to is left out.
func (db *DB) KBEventsByRef(ctx context.Context, refs []string) ([]attache.KBEvent, error) {
	var where []string
	var args []any
	for _, r := range refs {
		where = append(where, `e.id = ?`)
		args = append(args, r)
		if art, idx, ok := sqlbase.EventReport(r); ok {
			where = append(where, `e.id IN (SELECT s.event_id FROM kb_event_sources s WHERE s.article_id = ? AND s.idx = ?)`)
			args = append(args, art, idx)
		}
	}
	out := []attache.KBEvent{}
	if len(where) == 0 {
		return out, nil
	}
	q := `SELECT ` + eventColumns + `, e.details, -1 FROM kb_events e WHERE ` + strings.Join(where, ` OR `)
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("kb events by ref: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("kb events by ref: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("kb events by ref: %w", err)
	}
	return out, nil
}
