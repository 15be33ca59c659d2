package sqlite

import (
	"context"

	"attache"
	"attache/internal/sqlbase"
)

// KBPairCounts reads each country pair's count of events (see
// sqlbase.PairCountsSQL). See attache.KnowledgeStore.
func (db *DB) KBPairCounts(ctx context.Context, code string, limit int) ([]attache.PairCount, error) {
	var c conds
	query := sqlbase.PairCountsSQL(dialect(&c), code, limit)
	return readRows(ctx, db.read, "pair counts", sqlbase.ScanPairCounts, query, c.args...)
}
