package postgres

import (
	"context"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// maxFacetIDs is the most articles ArticleFacets counts (as SQLite's
// store: the top hits of a search).
const maxFacetIDs = 500

// ArticleFacets counts the given articles by source, year, event type and
// country in one statement over the extraction tables. See attache.Store.
func (s *Store) ArticleFacets(ctx context.Context, ids []string) ([]attache.FacetCount, error) {
	out := []attache.FacetCount{}
	if len(ids) == 0 {
		return out, nil
	}
	if len(ids) > maxFacetIDs {
		return nil, attache.Errorf(attache.EINVALID, "facets of %d articles: at most %d", len(ids), maxFacetIDs)
	}
	rows, err := s.pool.Query(ctx, `WITH hits AS MATERIALIZED (
			SELECT a.id, a.source, a.published FROM articles a WHERE a.id = ANY($1))
		SELECT $2::text, source, count(*) FROM hits WHERE source <> '' GROUP BY source
		UNION ALL SELECT $3::text, substr(published, 1, 4), count(*) FROM hits WHERE length(published) >= 4 GROUP BY 2
		UNION ALL SELECT $4::text, e.type, count(DISTINCT e.article_id) FROM hits h JOIN events e ON e.article_id = h.id GROUP BY e.type
		UNION ALL SELECT $5::text, n.name, count(DISTINCT n.article_id) FROM hits h JOIN entities n ON n.article_id = h.id
			WHERE n.type = $6 GROUP BY n.name`,
		ids, attache.FacetSource, attache.FacetYear, attache.FacetType, attache.FacetCountry, string(attache.Country))
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
