package postgres

import (
	"context"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// LatestCorrections lists a page of the corrections' log, newest first.
// See attache.KnowledgeStore.
func (s *Store) LatestCorrections(ctx context.Context, after string, limit int) ([]attache.Correction, error) {
	before, err := sqlbase.CorrectionPage(after, limit)
	if err != nil {
		return nil, err
	}
	return s.corrections(ctx, `WHERE seq < $1 ORDER BY seq DESC LIMIT $2`, before, limit)
}

// corrections reads the corrections that where (a condition and an
// order) selects.
func (s *Store) corrections(ctx context.Context, where string, args ...any) ([]attache.Correction, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+correctionColumns+` FROM kb_corrections `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("corrections: %w", err)
	}
	defer rows.Close()
	out := []attache.Correction{}
	for rows.Next() {
		c, err := scanCorrection(rows)
		if err != nil {
			return nil, fmt.Errorf("corrections: %w", err)
		}
		out = append(out, *c)
	}
	return out, rows.Err()
}
