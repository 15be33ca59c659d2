package sqlite

import (
	"context"
	"fmt"

	"attache"
)

// SearchFacets counts the top hits of q by source, year, event type and
// country in one statement over the stored extraction tables, without
// reading any article whole. See attache.Store.
func (db *DB) SearchFacets(ctx context.Context, q attache.SearchQuery) ([]attache.FacetCount, error) {
	if q.Limit < 0 {
		return nil, attache.Errorf(attache.EINVALID, "limit must not be negative")
	}
	match, w, args, err := searchWhere(q)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = -1 // SQLite: no limit
	}
	// hits is the same ranking as Search (or, without words, the same
	// newest-first listing), cut to the top limit.
	hits := `SELECT a.id, a.source, a.published FROM articles a` + whereClause(w) +
		` ORDER BY a.published DESC, a.seq DESC LIMIT ?`
	if match != "" {
		w = append([]string{`articles_fts MATCH ?`}, w...)
		args = append([]any{match}, args...)
		hits = `SELECT a.id, a.source, a.published FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid` +
			whereClause(w) + ` ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq LIMIT ?`
	}
	args = append(args, limit)
	rows, err := db.read.QueryContext(ctx, `WITH hits AS (`+hits+`)
		SELECT ?, source, count(*) FROM hits WHERE source <> '' GROUP BY source
		UNION ALL SELECT ?, substr(published, 1, 4), count(*) FROM hits WHERE length(published) >= 4 GROUP BY 2
		UNION ALL SELECT ?, e.type, count(DISTINCT e.article_id) FROM hits h JOIN events e ON e.article_id = h.id GROUP BY e.type
		UNION ALL SELECT ?, n.name, count(DISTINCT n.article_id) FROM hits h JOIN entities n ON n.article_id = h.id
			WHERE n.type = ? GROUP BY n.name`,
		append(args, attache.FacetSource, attache.FacetYear, attache.FacetType, attache.FacetCountry, string(attache.Country))...)
	if err != nil {
		return nil, fmt.Errorf("search facets: %w", err)
	}
	defer rows.Close()
	out := []attache.FacetCount{}
	for rows.Next() {
		var f attache.FacetCount
		if err := rows.Scan(&f.Facet, &f.Value, &f.Count); err != nil {
			return nil, fmt.Errorf("search facets: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search facets: %w", err)
	}
	return out, nil
}
