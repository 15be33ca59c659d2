package sqlbase

import (
	"cmp"
	"slices"
	"strings"

	"attache"
)

// UnitKeySQL is the SQL, the same in both stores, of a unit's name
// without its rotation when the extractor kept it there: "Level-2 Field
// Hospital Rotation 5" with rotation 5 is "Level-2 Field Hospital", so
// that the rotations of one unit group together. unit and rotation are
// SQL expressions. The length test keeps substr from counting from the
// right in SQLite; a trimmed name never starts with the space of the
// suffix, so a name that is only the suffix is never stripped.
func UnitKeySQL(unit, rotation string) string {
	suffix := `' Rotation ' || ` + rotation
	return `CASE WHEN ` + rotation + ` <> '' AND length(trim(` + unit + `)) > length(` + suffix + `)
		AND substr(trim(` + unit + `), length(trim(` + unit + `)) - length(` + suffix + `) + 1) IN (` + suffix + `, ' rotation ' || ` + rotation + `)
		THEN substr(trim(` + unit + `), 1, length(trim(` + unit + `)) - length(` + suffix + `)) ELSE trim(` + unit + `) END`
}

// NoRotationNumber is the rnum of kb_rotations for a rotation that is no
// number: after every numbered rotation in the ledger's order.
const NoRotationNumber = 1 << 30

// RotationRecountSQL counts kb_rotations and kb_rotation_totals afresh
// from the deployment events (SQLite migration 014, PostgreSQL 009), for
// a bulk replace that left their triggers aside. rnum is the store's SQL
// of a rotation's number (NoRotationNumber when none) from the column
// rotation.
func RotationRecountSQL(rnum string) []string {
	return []string{`DELETE FROM kb_rotation_totals`, `DELETE FROM kb_rotations`,
		`INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum, year)
		SELECT mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum,
			CASE WHEN length(deployed) >= 4 THEN substr(deployed, 1, 4) ELSE '' END
		FROM (SELECT upper(trim(mission)) AS mkey, ` + UnitKeySQL("unit", "rotation") + ` AS unit, rotation,
			CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END AS solo,
			min(mission) AS mission, coalesce(min(CASE WHEN date <> '' THEN date END), '') AS deployed,
			max(personnel) AS personnel, max(women) AS women, count(*) AS n, min(id) AS ev, ` + rnum + ` AS rnum
			FROM kb_events WHERE type = 'deployment' AND mission > '' GROUP BY 1, 2, 3, 4) g`,
		`INSERT INTO kb_rotation_totals (mkey, unit, year, first, personnel, women, n)
		SELECT mkey, unit, year, min(deployed), sum(personnel), sum(women), count(*)
		FROM kb_rotations GROUP BY mkey, unit, year`}
}

// LedgerTotalsSQL reads the ledger's totals by folded mission, unit and
// year (kb_rotation_totals): a few rows a unit, whatever the base's size.
const LedgerTotalsSQL = `SELECT mkey, unit, year, first, personnel, women, n FROM kb_rotation_totals`

// UnitKey names a unit of the ledger as the stores keep it: its folded
// mission, as the store folded it, and its name without its rotation.
type UnitKey struct{ Mission, Unit string }

// ScanLedgerTotals reads the rows of LedgerTotalsSQL into units ordered by
// folded mission and unit, each with its years in order, and their keys.
// The units' missions are spelled by their latest rotations
// (SetLatest).
func ScanLedgerTotals(rows Rows) ([]attache.UnitTally, []UnitKey, error) {
	type cell struct {
		key UnitKey
		attache.UnitYear
	}
	var cells []cell
	for rows.Next() {
		var c cell
		var personnel, women, n int64
		if err := rows.Scan(&c.key.Mission, &c.key.Unit, &c.Year, &c.First, &personnel, &women, &n); err != nil {
			return nil, nil, err
		}
		c.Personnel, c.Women, c.Rotations = int(personnel), int(women), int(n)
		cells = append(cells, c)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	slices.SortFunc(cells, func(a, b cell) int {
		return cmp.Or(strings.Compare(a.key.Mission, b.key.Mission), strings.Compare(a.key.Unit, b.key.Unit), strings.Compare(a.Year, b.Year))
	})
	var units []attache.UnitTally
	var keys []UnitKey
	for _, c := range cells {
		if len(keys) == 0 || keys[len(keys)-1] != c.key {
			keys = append(keys, c.key)
			units = append(units, attache.UnitTally{Mission: c.key.Mission, Unit: c.key.Unit})
		}
		u := &units[len(units)-1]
		u.Years = append(u.Years, c.UnitYear)
	}
	return units, keys, nil
}

// SetLatest gives unit u its latest rotations, and its mission as the
// least spelling of theirs.
func SetLatest(u *attache.UnitTally, latest []attache.RotationTally) {
	u.Latest = latest
	for i, r := range latest {
		if i == 0 || r.Mission < u.Mission {
			u.Mission = r.Mission
		}
	}
}

// LatestRotationsSQL selects the latest limit rotations of the unit k in
// the ledger's order (kb_rotations_latest: by rotation number, then
// date), each with the sending countries of its event as RotationsSQL,
// for ScanLatestRotations.
func LatestRotationsSQL(d Dialect, k UnitKey, limit int) string {
	return `SELECT r.mission, r.unit, r.rotation, r.deployed, r.personnel, r.women, r.n, r.ev,
		coalesce(p.idx, 0), coalesce(p.party, ''), r.rnum
		FROM (SELECT mission, unit, rotation, deployed, personnel, women, n, ev, rnum FROM kb_rotations
			WHERE mkey = ` + d.Arg(k.Mission) + ` AND unit = ` + d.Arg(k.Unit) + `
			ORDER BY rnum DESC, deployed DESC, rotation DESC, ev DESC LIMIT ` + d.Arg(limit) + `) r
		LEFT JOIN kb_event_parties p ON p.event_id = r.ev AND p.kind = 'country'`
}

// ScanLatestRotations reads the rows of LatestRotationsSQL in the ledger's
// order, oldest first: by rotation number, date, rotation and event.
func ScanLatestRotations(rows Rows) ([]attache.RotationTally, error) {
	type latest struct {
		*rotationRow
		rnum int64
	}
	var rots []latest
	byEvent := map[string]*rotationRow{}
	for rows.Next() {
		var r attache.RotationTally
		var personnel, women, n, idx, rnum int64
		var party string
		if err := rows.Scan(&r.Mission, &r.Unit, &r.Rotation, &r.Deployed, &personnel, &women, &n, &r.Event, &idx, &party, &rnum); err != nil {
			return nil, err
		}
		row := byEvent[r.Event]
		if row == nil {
			r.Personnel, r.Women, r.Reports = int(personnel), int(women), int(n)
			row = &rotationRow{RotationTally: r}
			byEvent[r.Event] = row
			rots = append(rots, latest{row, rnum})
		}
		if party != "" {
			row.countries = append(row.countries, partyAt{idx, party})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(rots, func(a, b latest) int {
		return cmp.Or(cmp.Compare(a.rnum, b.rnum), strings.Compare(a.Deployed, b.Deployed),
			strings.Compare(a.Rotation, b.Rotation), strings.Compare(a.Event, b.Event))
	})
	out := make([]attache.RotationTally, len(rots))
	for i, row := range rots {
		out[i] = row.tally()
	}
	return out, nil
}
