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
	m := strings.TrimSpace(f.Mission)
	w := ` WHERE e.type = 'deployment' AND e.mission > ''` // a range of the ledger's index
	switch {
	case !known:
		w = ` WHERE e.type = 'deployment' AND e.mission = ''`
		if m != "" {
			w += ` AND lower(e.mission) = lower(` + d.Arg(m) + `)`
		}
	case m != "":
		// The mission folded as kb_rotations folds it (mkey), which an
		// index of the deployments is keyed on (SQLite migration 017;
		// PostgreSQL's kb_events_rotation): the key implies a mission.
		w = ` WHERE e.type = 'deployment' AND upper(trim(e.mission)) = upper(` + d.Arg(m) + `)`
	}
	if c := strings.ToUpper(strings.TrimSpace(f.Country)); c != "" {
		// The country's deployments from the party rows' copy of the
		// type (kb_event_parties_type_order), not every deployment
		// checked for the country.
		w += ` AND e.id IN (SELECT p.event_id FROM kb_event_parties p WHERE p.kind = 'country' AND p.party = ` + d.Arg(c) + ` AND p.type = 'deployment')`
	}
	return w
}

// RotationsSQL is the statement of the ledger's rotations
// (KnowledgeStore.KBLedger) in both stores: the deployment events of f
// with a mission, grouped by folded mission, unit without its rotation
// (UnitKeySQL) and rotation (an event naming neither is its own rotation), each with the sending countries of
// its least event joined: a row per rotation and country (” and no row
// else when it has none). An index on the ledger's columns (SQLite
// migration 009, PostgreSQL 006) hands the groups over without reading
// the events themselves, and the countries come in the same statement:
// listing thousands of event ids as arguments of a second one cost more
// than the grouping.
//
// Without filters the rotations come from kb_rotations, the same groups
// kept at write time (SQLite migrations 011 and 014, PostgreSQL 008 and
// 009): one row a
// rotation instead of grouping every deployment; so too with a filter on
// mission alone, which keeps or drops whole groups. A filter on country
// keeps or drops single events of a group, so it groups here.
func RotationsSQL(d Dialect, f attache.DeploymentFilter) string {
	if strings.TrimSpace(f.Country) == "" {
		q := `SELECT r.mission, r.unit, r.rotation, r.deployed, r.personnel, r.women, r.n, r.ev,
		coalesce(p.idx, 0), coalesce(p.party, '')
		FROM kb_rotations r
		LEFT JOIN kb_event_parties p ON p.event_id = r.ev AND p.kind = 'country'`
		if m := strings.TrimSpace(f.Mission); m != "" {
			// A mission keeps or drops whole groups: its rows of the
			// primary key's first column.
			q += ` WHERE r.mkey = upper(` + d.Arg(m) + `)`
		}
		return q
	}
	return `SELECT r.mission, r.unit, r.rotation, r.deployed, r.personnel, r.women, r.n, r.ev,
		coalesce(p.idx, 0), coalesce(p.party, '')
		FROM (SELECT min(e.mission) AS mission, ` + UnitKeySQL("e.unit", "e.rotation") + ` AS unit, e.rotation AS rotation,
			coalesce(min(CASE WHEN e.date <> '' THEN e.date END), '') AS deployed,
			max(e.personnel) AS personnel, max(e.women) AS women, count(*) AS n, min(e.id) AS ev
			FROM kb_events e` + ledgerWhere(d, f, true) + `
			GROUP BY upper(trim(e.mission)), ` + UnitKeySQL("e.unit", "e.rotation") + `, e.rotation, CASE WHEN e.unit = '' AND e.rotation = '' THEN e.id ELSE '' END) r
		LEFT JOIN kb_event_parties p ON p.event_id = r.ev AND p.kind = 'country'`
}

// rotationRow is a rotation being read with its sort key and its
// countries in the event's order (kb_event_parties.idx, then code).
type rotationRow struct {
	attache.RotationTally
	key       string
	countries []partyAt
}

type partyAt struct {
	idx   int64
	party string
}

// ScanRotations reads the rows of RotationsSQL, ordered by folded
// mission, unit, rotation and event (sorted here: the same in both
// stores whatever their collations, and cheaper than in SQL), each
// rotation's countries in its event's order.
func ScanRotations(rows Rows) ([]attache.RotationTally, error) {
	var rots []*rotationRow
	byEvent := map[string]*rotationRow{}
	for rows.Next() {
		var r attache.RotationTally
		var personnel, women, n, idx int64
		var party string
		if err := rows.Scan(&r.Mission, &r.Unit, &r.Rotation, &r.Deployed, &personnel, &women, &n, &r.Event, &idx, &party); err != nil {
			return nil, err
		}
		row := byEvent[r.Event]
		if row == nil {
			r.Personnel, r.Women, r.Reports = int(personnel), int(women), int(n)
			row = &rotationRow{RotationTally: r, key: strings.ToUpper(strings.TrimSpace(r.Mission))}
			byEvent[r.Event] = row
			rots = append(rots, row)
		}
		if party != "" {
			row.countries = append(row.countries, partyAt{idx, party})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(rots, func(a, b *rotationRow) int {
		return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(a.Unit, b.Unit),
			strings.Compare(a.Rotation, b.Rotation), strings.Compare(a.Event, b.Event))
	})
	out := make([]attache.RotationTally, len(rots))
	for i, row := range rots {
		out[i] = row.tally()
	}
	return out, nil
}

// tally is r with its countries in its event's order.
func (r *rotationRow) tally() attache.RotationTally {
	slices.SortFunc(r.countries, func(a, b partyAt) int {
		return cmp.Or(cmp.Compare(a.idx, b.idx), strings.Compare(a.party, b.party))
	})
	r.Countries = make([]string, len(r.countries))
	for j, c := range r.countries {
		r.Countries[j] = c.party
	}
	return r.RotationTally
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
