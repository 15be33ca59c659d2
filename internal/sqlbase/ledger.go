package sqlbase

import (
	"cmp"
	"slices"
	"strings"

	"attache"
)

// ledgerWhere is the WHERE of the ledger's statements: deployment events
// of f, with a mission (known) or without (review).
func ledgerWhere(d Dialect, f attache.DeploymentFilter, known bool) string {
	w := ` WHERE e.type = 'deployment' AND e.mission > ''` // a range of the ledger's index
	if !known {
		w = ` WHERE e.type = 'deployment' AND e.mission = ''`
	}
	if m := strings.TrimSpace(f.Mission); m != "" {
		w += ` AND lower(e.mission) = lower(` + d.Arg(m) + `)`
	}
	if c := strings.ToUpper(strings.TrimSpace(f.Country)); c != "" {
		w += ` AND EXISTS (SELECT 1 FROM kb_event_parties p WHERE p.event_id = e.id AND p.kind = 'country' AND p.party = ` + d.Arg(c) + `)`
	}
	return w
}

// RotationsSQL is the statement of the ledger's rotations
// (KnowledgeStore.KBLedger) in both stores: the deployment events of f
// with a mission, grouped by folded mission, unit and rotation (an event
// naming neither is its own rotation). An index on the ledger's columns
// (SQLite migration 009, PostgreSQL 006) hands the groups over without
// reading the events themselves.
func RotationsSQL(d Dialect, f attache.DeploymentFilter) string {
	return `SELECT min(e.mission), e.unit, e.rotation, coalesce(min(CASE WHEN e.date <> '' THEN e.date END), ''),
		max(e.personnel), max(e.women), count(*), min(e.id)
		FROM kb_events e` + ledgerWhere(d, f, true) + `
		GROUP BY upper(trim(e.mission)), e.unit, e.rotation, CASE WHEN e.unit = '' AND e.rotation = '' THEN e.id ELSE '' END`
}

// ScanRotations reads the rows of RotationsSQL, ordered by folded
// mission, unit, rotation and event (sorted here: the same in both
// stores whatever their collations, and cheaper than in SQL).
func ScanRotations(rows Rows) ([]attache.RotationTally, error) {
	out := []attache.RotationTally{}
	for rows.Next() {
		var r attache.RotationTally
		var personnel, women, n int64
		if err := rows.Scan(&r.Mission, &r.Unit, &r.Rotation, &r.Deployed, &personnel, &women, &n, &r.Event); err != nil {
			return nil, err
		}
		r.Personnel, r.Women, r.Reports, r.Countries = int(personnel), int(women), int(n), []string{}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b attache.RotationTally) int {
		return cmp.Or(strings.Compare(strings.ToUpper(strings.TrimSpace(a.Mission)), strings.ToUpper(strings.TrimSpace(b.Mission))),
			strings.Compare(a.Unit, b.Unit), strings.Compare(a.Rotation, b.Rotation), strings.Compare(a.Event, b.Event))
	})
	return out, rows.Err()
}

// RotationCountriesSQL reads the sending countries of the rotations'
// events (RotationTally.Event): rows of event id and country code.
func RotationCountriesSQL(d Dialect, rots []attache.RotationTally) string {
	ids := make([]string, len(rots))
	for i, r := range rots {
		ids[i] = d.Arg(r.Event)
	}
	return `SELECT p.event_id, p.party FROM kb_event_parties p WHERE p.kind = 'country' AND p.event_id IN (` +
		strings.Join(ids, ", ") + `) ORDER BY p.event_id, p.idx, p.party`
}

// ScanRotationCountries reads the rows of RotationCountriesSQL into the
// rotations.
func ScanRotationCountries(rows Rows, rots []attache.RotationTally) error {
	byEvent := map[string][]string{}
	for rows.Next() {
		var id, code string
		if err := rows.Scan(&id, &code); err != nil {
			return err
		}
		byEvent[id] = append(byEvent[id], code)
	}
	for i := range rots {
		if cs := byEvent[rots[i].Event]; cs != nil {
			rots[i].Countries = cs
		}
	}
	return rows.Err()
}

// ReviewCountSQL counts the deployment events of f without a mission.
func ReviewCountSQL(d Dialect, f attache.DeploymentFilter) string {
	return `SELECT count(*) FROM kb_events e` + ledgerWhere(d, f, false)
}

// ReviewSQL selects cols of the latest limit deployment events of f
// without a mission, newest first (undated last), in the order of the
// ledger's index (type, mission, date_start): only those are read.
func ReviewSQL(d Dialect, f attache.DeploymentFilter, cols string, limit int) string {
	return `SELECT ` + cols + ` FROM kb_events e` + ledgerWhere(d, f, false) +
		` ORDER BY e.date_start DESC, e.id DESC LIMIT ` + d.Arg(limit)
}
