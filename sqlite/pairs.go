package sqlite

import (
	"context"
	"fmt"
	"strings"

	"attache"
)

// KBPairCounts reads each country pair's count of events from
// kb_pair_total (one row a pair, kept on write), not from the events. See
// attache.KnowledgeStore.
func (db *DB) KBPairCounts(ctx context.Context, code string, limit int) ([]attache.PairCount, error) {
	q := `SELECT a, b, n FROM kb_pair_total`
	var args []any
	if code != "" {
		q += ` WHERE a = ? OR b = ?`
		code = strings.ToUpper(code)
		args = append(args, code, code)
	}
	q += ` ORDER BY n DESC, a, b`
	if limit > 0 {
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("pair counts: %w", err)
	}
	defer rows.Close()
	out := []attache.PairCount{}
	for rows.Next() {
		var p attache.PairCount
		if err := rows.Scan(&p.A, &p.B, &p.Events); err != nil {
			return nil, fmt.Errorf("pair counts: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
