package sqlite

import (
	"context"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// ArticleFacets counts the given articles by source, year, event type and
// country in one statement over the stored extraction tables, without
// reading any article whole. See attache.Store.
func (db *DB) ArticleFacets(ctx context.Context, ids []string) ([]attache.FacetCount, error) {
	out := []attache.FacetCount{}
	if len(ids) == 0 {
		return out, nil
	}
	if len(ids) > maxParams {
		return nil, attache.Errorf(attache.EINVALID, "facets of %d articles: at most %d", len(ids), maxParams)
	}
	args := make([]any, 0, len(ids)+5)
	for _, id := range ids {
		args = append(args, id)
	}
	args = append(args, attache.FacetSource, attache.FacetYear, attache.FacetType, attache.FacetCountry, string(attache.Country))
	// MATERIALIZED reads the articles once for the four counts, and CROSS
	// JOIN keeps them the outer loop: the extraction tables are read only
	// for them, through their primary keys.
	rows, err := db.read.QueryContext(ctx, `WITH hits AS MATERIALIZED (
			SELECT DISTINCT a.id, a.source, a.published FROM articles a WHERE a.id IN (`+placeholders(len(ids))+`))
		SELECT ?, source, count(*) FROM hits WHERE source <> '' GROUP BY source
		UNION ALL SELECT ?, substr(published, 1, 4), count(*) FROM hits WHERE length(published) >= 4 GROUP BY 2
		UNION ALL SELECT ?, e.type, count(DISTINCT e.article_id) FROM hits h CROSS JOIN events e ON e.article_id = h.id GROUP BY e.type
		UNION ALL SELECT ?, n.name, count(DISTINCT n.article_id) FROM hits h CROSS JOIN entities n ON n.article_id = h.id
			WHERE n.type = ? GROUP BY n.name`, args...)
	if err != nil {
		return nil, fmt.Errorf("article facets: %w", err)
	}
	defer rows.Close()
	fs, err := sqlbase.ScanFacets(rows)
	if err != nil {
		return nil, fmt.Errorf("article facets: %w", err)
	}
	return append(out, fs...), nil
}
