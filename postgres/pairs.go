package postgres

import (
	"context"
	"fmt"
	"strings"

	"attache"
)

// KBPairCounts reads each country pair's count of events from
// kb_pair_total (one row a pair, kept on write), not from the events. See
// attache.KnowledgeStore.
func (s *Store) KBPairCounts(ctx context.Context, code string, limit int) ([]attache.PairCount, error) {
	q := `SELECT a, b, n FROM kb_pair_total`
	var args []any
	if code != "" {
		q += ` WHERE a = $1 OR b = $1`
		args = append(args, strings.ToUpper(code))
	}
	q += ` ORDER BY n DESC, a, b`
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
