package postgres

import (
	"context"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// KBPairCounts reads each country pair's count of events (see
// sqlbase.PairCountsSQL). See attache.KnowledgeStore.
func (s *Store) KBPairCounts(ctx context.Context, code string, limit int) ([]attache.PairCount, error) {
	var q query
	rows, err := s.pool.Query(ctx, sqlbase.PairCountsSQL(q.dialect(), code, limit), q.args...)
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
