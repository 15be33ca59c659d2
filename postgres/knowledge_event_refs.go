package postgres

import (
	"context"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// KBEventsByRef returns the events a correction may name: by id, or by
// the id of one of their reports ("event:ARTICLE#N"), each once, in no
// particular order, with all their parties and sources. A ref no event
// answers to is left out.
func (s *Store) KBEventsByRef(ctx context.Context, refs []string) ([]attache.KBEvent, error) {
	if len(refs) == 0 {
		return []attache.KBEvent{}, nil
	}
	var arts []string
	var idxs []int64
	for _, r := range refs {
		if art, idx, ok := sqlbase.EventReport(r); ok {
			arts, idxs = append(arts, art), append(idxs, int64(idx))
		}
	}
	out, err := s.queryEvents(ctx, `SELECT `+eventColumns+` FROM kb_events e
		WHERE e.id = ANY($1::text[]) OR e.id IN (SELECT s.event_id FROM kb_event_sources s
			JOIN unnest($2::text[], $3::bigint[]) r(article_id, idx) ON s.article_id = r.article_id AND s.idx = r.idx)`,
		refs, arts, idxs)
	if err != nil {
		return nil, fmt.Errorf("kb events by ref: %w", err)
	}
	if err := s.eventDetails(ctx, out, false); err != nil {
		return nil, fmt.Errorf("kb events by ref: %w", err)
	}
	return out, nil
}
