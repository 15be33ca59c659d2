package postgres

import (
	"context"

	"attache"
	"attache/internal/sqlbase"
)

// KBPairCounts reads each country pair's count of events (see
// sqlbase.PairCountsSQL). See attache.KnowledgeStore.
func (s *Store) KBPairCounts(ctx context.Context, code string, limit int) ([]attache.PairCount, error) {
	var q query
	sql := sqlbase.PairCountsSQL(q.dialect(), code, limit)
	return readRows(ctx, s.pool, "pair counts", sqlbase.ScanPairCounts, sql, q.args...)
}
