package sqlbase

import (
	"strings"

	"attache"
)

// PairCountsSQL is the statement of KnowledgeStore.KBPairCounts in both
// stores: each country pair's count of events from kb_pair_total (one row
// a pair, kept on write), busiest first; with code, only that country's
// pairs; limit 0 is all.
func PairCountsSQL(d Dialect, code string, limit int) string {
	q := `SELECT a, b, n FROM kb_pair_total`
	if code != "" {
		code = strings.ToUpper(code)
		q += ` WHERE a = ` + d.Arg(code) + ` OR b = ` + d.Arg(code)
	}
	q += ` ORDER BY n DESC, a, b`
	if limit > 0 {
		q += ` LIMIT ` + d.Arg(limit)
	}
	return q
}

// ScanPairCounts reads the rows of PairCountsSQL.
func ScanPairCounts(rows Rows) ([]attache.PairCount, error) {
	out := []attache.PairCount{}
	for rows.Next() {
		var p attache.PairCount
		var n int64
		if err := rows.Scan(&p.A, &p.B, &n); err != nil {
			return nil, err
		}
		p.Events = int(n)
		out = append(out, p)
	}
	return out, rows.Err()
}
