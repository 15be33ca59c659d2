package sqlite

import (
	"context"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// KBLedger tallies the ledger by rotation (see sqlbase.RotationsSQL) and
// reads the latest deployments without a mission. See
// attache.KnowledgeStore.
func (db *DB) KBLedger(ctx context.Context, f attache.DeploymentFilter, review int) (*attache.LedgerTally, error) {
	if review < 0 {
		return nil, attache.Errorf(attache.EINVALID, "review limit must not be negative")
	}
	out := &attache.LedgerTally{Review: []attache.Deployment{}}
	var err error
	if out.Rotations, err = db.rotations(ctx, f); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	var c conds
	if err := db.read.QueryRowContext(ctx, sqlbase.ReviewCountSQL(dialect(&c), f), c.args...).Scan(&out.ReviewTotal); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	if review > 0 && out.ReviewTotal > 0 {
		if out.Review, err = db.review(ctx, f, review); err != nil {
			return nil, fmt.Errorf("ledger: %w", err)
		}
	}
	return out, nil
}

// rotations reads the rotations of f with their sending countries.
func (db *DB) rotations(ctx context.Context, f attache.DeploymentFilter) ([]attache.RotationTally, error) {
	var c conds
	rows, err := db.read.QueryContext(ctx, sqlbase.RotationsSQL(dialect(&c), f), c.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return sqlbase.ScanRotations(rows)
}

// review reads the latest limit deployments of f without a mission, with
// their brief details (first reports only).
func (db *DB) review(ctx context.Context, f attache.DeploymentFilter, limit int) ([]attache.Deployment, error) {
	var c conds
	q := sqlbase.ReviewSQL(dialect(&c), f, `e.id, e.mission, e.unit, e.rotation, e.date, e.personnel, e.women, e.brief`, limit)
	rows, err := db.read.QueryContext(ctx, q, c.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []attache.Deployment{}
	for rows.Next() {
		var d attache.Deployment
		var brief []byte
		if err := rows.Scan(&d.EventID, &d.Mission, &d.Unit, &d.Rotation, &d.Date, &d.Personnel, &d.Women, &brief); err != nil {
			return nil, err
		}
		var det eventDetails
		if err := decodeDetails(brief, &det); err != nil {
			return nil, fmt.Errorf("event %s: bad details: %w", d.EventID, err)
		}
		d.Countries, d.Sources = det.Countries, det.Sources
		if d.Countries == nil {
			d.Countries = []string{}
		}
		if d.Sources == nil {
			d.Sources = []attache.EventSource{}
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// KBLedgerUnits reads the ledger's totals by unit and year and the latest
// rotations of each unit (see sqlbase.LatestRotationsSQL), kept at write
// time (migration 014), and the latest deployments without a mission.
// See attache.KnowledgeStore.
func (db *DB) KBLedgerUnits(ctx context.Context, latest, review int) (*attache.LedgerUnits, error) {
	if latest < 1 || review < 0 {
		return nil, attache.Errorf(attache.EINVALID, "ledger: latest must be at least 1 and review not negative")
	}
	rows, err := db.read.QueryContext(ctx, sqlbase.LedgerTotalsSQL)
	if err != nil {
		return nil, fmt.Errorf("ledger units: %w", err)
	}
	units, keys, err := sqlbase.ScanLedgerTotals(rows)
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("ledger units: %w", err)
	}
	if len(keys) > 0 {
		// One statement for every unit: prepared once, not once a unit.
		var c conds
		stmt, err := db.read.PrepareContext(ctx, sqlbase.LatestRotationsSQL(dialect(&c), keys[0], latest))
		if err != nil {
			return nil, fmt.Errorf("ledger units: %w", err)
		}
		defer stmt.Close()
		for i, k := range keys {
			rows, err := stmt.QueryContext(ctx, k.Mission, k.Unit, latest)
			if err != nil {
				return nil, fmt.Errorf("ledger units: %w", err)
			}
			latest, err := sqlbase.ScanLatestRotations(rows)
			rows.Close()
			sqlbase.SetLatest(&units[i], latest)
			if err != nil {
				return nil, fmt.Errorf("ledger units: %w", err)
			}
		}
	}
	out := &attache.LedgerUnits{Units: units, Review: []attache.Deployment{}}
	if out.Units == nil {
		out.Units = []attache.UnitTally{}
	}
	var c conds
	if err := db.read.QueryRowContext(ctx, sqlbase.ReviewCountSQL(dialect(&c), attache.DeploymentFilter{}), c.args...).Scan(&out.ReviewTotal); err != nil {
		return nil, fmt.Errorf("ledger units: %w", err)
	}
	if review > 0 && out.ReviewTotal > 0 {
		if out.Review, err = db.review(ctx, attache.DeploymentFilter{}, review); err != nil {
			return nil, fmt.Errorf("ledger units: %w", err)
		}
	}
	return out, nil
}
