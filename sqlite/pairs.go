package sqlite

import (
	"context"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// KBPairCounts reads each country pair's count of events (see
// sqlbase.PairCountsSQL). See attache.KnowledgeStore.
func (db *DB) KBPairCounts(ctx context.Context, code string, limit int) ([]attache.PairCount, error) {
	var c conds
	rows, err := db.read.QueryContext(ctx, sqlbase.PairCountsSQL(dialect(&c), code, limit), c.args...)
	if err != nil {
		return nil, fmt.Errorf("pair counts: %w", err)
	}
	defer rows.Close()
	out, err := sqlbase.ScanPairCounts(rows)
	if err != nil {
		return nil, fmt.Errorf("pair counts: %w", err)
	}
	return out, nil
}
