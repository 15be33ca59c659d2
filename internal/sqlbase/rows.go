package sqlbase

import (
	"fmt"

	"attache"
)

// Rows is what both stores' query results offer (database/sql's *Rows
// and pgx's Rows): reading them is written once here. The caller still
// closes them.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// ScanFingerprints reads rows of (id, simhash as a signed 64-bit
// integer), as both stores keep them.
func ScanFingerprints(rows Rows) ([]attache.Fingerprint, error) {
	var out []attache.Fingerprint
	for rows.Next() {
		var fp attache.Fingerprint
		var h int64
		if err := rows.Scan(&fp.ID, &h); err != nil {
			return nil, err
		}
		fp.SimHash = uint64(h)
		out = append(out, fp)
	}
	return out, rows.Err()
}

// ScanFingerprintsAfter reads rows of (seq, id, simhash, whether the
// article is a first copy) ordered by seq, as ArticleLocker's
// FingerprintsAfter queries them: the fingerprints of the first copies,
// and the last seq read (after when there is none).
func ScanFingerprintsAfter(rows Rows, after int64) ([]attache.Fingerprint, int64, error) {
	var out []attache.Fingerprint
	last := after
	for rows.Next() {
		var fp attache.Fingerprint
		var h int64
		var first bool
		if err := rows.Scan(&last, &fp.ID, &h, &first); err != nil {
			return nil, 0, err
		}
		if first {
			fp.SimHash = uint64(h)
			out = append(out, fp)
		}
	}
	return out, last, rows.Err()
}

// ScanYearTally reads rows of (year, type, count) ordered by year, year
// "" for undated events, into tallies by year, oldest first, "undated"
// last.
func ScanYearTally(rows Rows) ([]attache.YearTally, error) {
	out := []attache.YearTally{}
	for rows.Next() {
		var year, typ string
		var n int
		if err := rows.Scan(&year, &typ, &n); err != nil {
			return nil, err
		}
		if year == "" {
			year = "undated"
		}
		if len(out) == 0 || out[len(out)-1].Year != year {
			out = append(out, attache.YearTally{Year: year, ByType: map[string]int{}})
		}
		t := &out[len(out)-1]
		t.Total += n
		t.ByType[typ] += n
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) > 1 && out[0].Year == "undated" {
		out = append(out[1:], out[0])
	}
	return out, nil
}

// ScanFacets reads rows of (facet, value, count).
func ScanFacets(rows Rows) ([]attache.FacetCount, error) {
	var out []attache.FacetCount
	for rows.Next() {
		var f attache.FacetCount
		if err := rows.Scan(&f.Facet, &f.Value, &f.Count); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// ReadAll reads rows with scan, one of the readers here, wrapping an
// error with what. The caller still closes the rows.
func ReadAll[T any](what string, rows Rows, scan func(Rows) (T, error)) (T, error) {
	out, err := scan(rows)
	if err != nil {
		return out, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}
