package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/internal/sqlbase"
)

// KBLedger tallies the ledger by rotation (see sqlbase.RotationsSQL) and
// reads the latest deployments without a mission. See
// attache.KnowledgeStore.
func (s *Store) KBLedger(ctx context.Context, f attache.DeploymentFilter, review int) (*attache.LedgerTally, error) {
	if review < 0 {
		return nil, attache.Errorf(attache.EINVALID, "review limit must not be negative")
	}
	out := &attache.LedgerTally{Review: []attache.Deployment{}}
	var err error
	if out.Rotations, err = s.rotations(ctx, f); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	var q query
	var n int64
	if err := s.pool.QueryRow(ctx, sqlbase.ReviewCountSQL(q.dialect(), f), q.args...).Scan(&n); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	out.ReviewTotal = int(n)
	if review > 0 && n > 0 {
		if out.Review, err = s.review(ctx, f, review); err != nil {
			return nil, fmt.Errorf("ledger: %w", err)
		}
	}
	return out, nil
}

// rotations reads the rotations of f with their sending countries.
func (s *Store) rotations(ctx context.Context, f attache.DeploymentFilter) ([]attache.RotationTally, error) {
	var q query
	rows, err := s.pool.Query(ctx, sqlbase.RotationsSQL(q.dialect(), f), q.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return sqlbase.ScanRotations(rows)
}

// review reads the latest limit deployments of f without a mission, with
// their first reports (as a brief event list).
func (s *Store) review(ctx context.Context, f attache.DeploymentFilter, limit int) ([]attache.Deployment, error) {
	var q query
	rows, err := s.pool.Query(ctx, sqlbase.ReviewSQL(q.dialect(), f, eventColumns, limit), q.args...)
	if err != nil {
		return nil, err
	}
	evs := []attache.KBEvent{}
	for rows.Next() {
		e := attache.KBEvent{Participants: []string{}, Countries: []string{}, Sources: []attache.EventSource{}}
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Date, &e.Place, &e.Series, &e.Number, &e.Mission,
			&e.Unit, &e.Rotation, &e.Personnel, &e.Women, &e.Confirmed); err != nil {
			rows.Close()
			return nil, err
		}
		evs = append(evs, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := s.eventDetails(ctx, evs, true); err != nil {
		return nil, err
	}
	out := make([]attache.Deployment, len(evs))
	for i, e := range evs {
		out[i] = attache.Deployment{EventID: e.ID, Mission: e.Mission, Unit: e.Unit, Rotation: e.Rotation, Date: e.Date,
			Personnel: e.Personnel, Women: e.Women, Countries: e.Countries, Sources: e.Sources}
	}
	return out, nil
}

// KBLedgerUnits reads the ledger's totals by unit and year and the latest
// rotations of each unit (see sqlbase.LatestRotationsSQL), kept at write
// time (migration 009), and the latest deployments without a mission.
// See attache.KnowledgeStore.
func (s *Store) KBLedgerUnits(ctx context.Context, latest, review int) (*attache.LedgerUnits, error) {
	if latest < 1 || review < 0 {
		return nil, attache.Errorf(attache.EINVALID, "ledger: latest must be at least 1 and review not negative")
	}
	rows, err := s.pool.Query(ctx, sqlbase.LedgerTotalsSQL)
	if err != nil {
		return nil, fmt.Errorf("ledger units: %w", err)
	}
	units, keys, err := sqlbase.ScanLedgerTotals(rows)
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("ledger units: %w", err)
	}
	// One round trip for every unit's latest rotations.
	b := &pgx.Batch{}
	for _, k := range keys {
		var q query
		b.Queue(sqlbase.LatestRotationsSQL(q.dialect(), k, latest), q.args...)
	}
	if len(keys) > 0 {
		res := s.pool.SendBatch(ctx, b)
		for i := range keys {
			rows, err := res.Query()
			if err == nil {
				var latest []attache.RotationTally
				latest, err = sqlbase.ScanLatestRotations(rows)
				rows.Close()
				sqlbase.SetLatest(&units[i], latest)
			}
			if err != nil {
				res.Close()
				return nil, fmt.Errorf("ledger units: %w", err)
			}
		}
		if err := res.Close(); err != nil {
			return nil, fmt.Errorf("ledger units: %w", err)
		}
	}
	out := &attache.LedgerUnits{Units: units, Review: []attache.Deployment{}}
	if out.Units == nil {
		out.Units = []attache.UnitTally{}
	}
	var q query
	var n int64
	if err := s.pool.QueryRow(ctx, sqlbase.ReviewCountSQL(q.dialect(), attache.DeploymentFilter{}), q.args...).Scan(&n); err != nil {
		return nil, fmt.Errorf("ledger units: %w", err)
	}
	out.ReviewTotal = int(n)
	if review > 0 && n > 0 {
		if out.Review, err = s.review(ctx, attache.DeploymentFilter{}, review); err != nil {
			return nil, fmt.Errorf("ledger units: %w", err)
		}
	}
	return out, nil
}
