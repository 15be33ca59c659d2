package postgres

import (
	"context"
	"fmt"
	"strings"

	"attache"
)

// KBPairCounts counts each country pair's events from kb_pair_tally (a
// few rows per pair: its years and types), not from the events. See
// attache.KnowledgeStore.
func (s *Store) KBPairCounts(ctx context.Context, code string, limit int) ([]attache.PairCount, error) {
	q := `SELECT a, b, sum(n)::bigint FROM kb_pair_tally`
	var args []any
	if code != "" {
		q += ` WHERE a = $1 OR b = $1`
		args = append(args, strings.ToUpper(code))
	}
	q += ` GROUP BY a, b HAVING sum(n) > 0 ORDER BY sum(n) DESC, a, b`
	if limit > 0 {
		args = append(args, limit)
		q += fmt.Sprintf(` LIMIT $%d`, len(args))
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("pair counts: %w", err)
	}
	defer rows.Close()
	out := []attache.PairCount{}
	for rows.Next() {
		var p attache.PairCount
		var n int64
		if err := rows.Scan(&p.A, &p.B, &n); err != nil {
			return nil, fmt.Errorf("pair counts: %w", err)
		}
		p.Events = int(n)
		out = append(out, p)
	}
	return out, rows.Err()
}
