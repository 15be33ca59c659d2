package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/internal/sqlbase"
)

// KBEntitiesByKey returns the entities known by any of keys. See
// attache.KnowledgeStore.
func (s *Store) KBEntitiesByKey(ctx context.Context, keys []string) ([]attache.KBEntity, error) {
	if keys == nil {
		keys = []string{}
	}
	rows, err := s.pool.Query(ctx, `SELECT id FROM kb_entities WHERE key = ANY($1)
		UNION SELECT entity_id FROM kb_aliases WHERE key = ANY($1) ORDER BY 1`, keys)
	if err != nil {
		return nil, fmt.Errorf("kb entities by key: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("kb entities by key: %w", err)
	}
	return s.loadKBEntities(ctx, ids)
}

// KBEntity returns one entity. See attache.KnowledgeStore.
func (s *Store) KBEntity(ctx context.Context, id string) (*attache.KBEntity, error) {
	es, err := s.loadKBEntities(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	return sqlbase.OneEntity(es, id)
}

// KBEntityNames returns entities (without aliases and positions) by ID.
// See attache.KnowledgeStore.
func (s *Store) KBEntityNames(ctx context.Context, ids []string) (map[string]attache.KBEntity, error) {
	out := map[string]attache.KBEntity{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT id, type, name, country, rank, articles FROM kb_entities WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("kb entity names: %w", err)
	}
	defer rows.Close()
	es, err := sqlbase.ScanEntities(rows)
	if err != nil {
		return nil, fmt.Errorf("kb entity names: %w", err)
	}
	for _, e := range es {
		out[e.ID] = e
	}
	return out, nil
}

// loadKBEntities reads entities with aliases and positions, in the order
// of ids.
func (s *Store) loadKBEntities(ctx context.Context, ids []string) ([]attache.KBEntity, error) {
	byID, err := s.KBEntityNames(ctx, ids)
	if err != nil {
		return nil, err
	}
	if len(byID) == 0 {
		return []attache.KBEntity{}, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT entity_id, alias FROM kb_aliases WHERE entity_id = ANY($1) ORDER BY entity_id, alias`, ids)
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	err = sqlbase.ScanAliases(rows, byID)
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	rows, err = s.pool.Query(ctx, `SELECT entity_id, kind, value, as_of, former, article_id, confirmed
		FROM kb_positions WHERE entity_id = ANY($1) ORDER BY entity_id, as_of, kind, value`, ids)
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	defer rows.Close()
	if err := sqlbase.ScanPositions(rows, byID); err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	return sqlbase.InOrder(ids, byID), nil
}

// EntityLinks lists an entity's article links, newest article first. See
// attache.KnowledgeStore.
func (s *Store) EntityLinks(ctx context.Context, id string, limit int) ([]attache.EntityLink, error) {
	q := `SELECT l.article_id, l.entity_idx, l.entity_id, l.name, l.published,
		coalesce((SELECT title FROM articles a WHERE a.id = l.article_id), '')
		FROM kb_links l WHERE l.entity_id = $1 ORDER BY l.published DESC, l.article_id DESC, l.entity_idx`
	args := []any{id}
	if limit > 0 {
		q += ` LIMIT $2`
		args = append(args, limit)
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("entity links: %w", err)
	}
	defer rows.Close()
	return sqlbase.ScanLinks(rows, true)
}

// ArticleLinks lists the links of one article's entities. See
// attache.KnowledgeStore.
func (s *Store) ArticleLinks(ctx context.Context, id string) ([]attache.EntityLink, error) {
	rows, err := s.pool.Query(ctx, `SELECT article_id, entity_idx, entity_id, name, published
		FROM kb_links WHERE article_id = $1 ORDER BY entity_idx`, id)
	if err != nil {
		return nil, fmt.Errorf("article links: %w", err)
	}
	defer rows.Close()
	return sqlbase.ScanLinks(rows, false)
}

// FindKBEntities lists entities, most mentioned first, over the whole
// knowledge base. See attache.KnowledgeStore.
func (s *Store) FindKBEntities(ctx context.Context, f attache.KBEntityFilter) ([]attache.KBEntity, int, error) {
	var q query
	where, err := sqlbase.EntityConds(q.dialect(), f)
	if err != nil {
		return nil, 0, err
	}
	for _, c := range where {
		q.where(c)
	}
	from := ` FROM kb_entities e` + q.clause()
	var total int
	if err := s.pool.QueryRow(ctx, `SELECT count(*)`+from, q.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("find kb entities: %w", err)
	}
	keys, err := sqlbase.EntityPage(q.dialect(), f)
	if err != nil {
		return nil, 0, err
	}
	if keys.Where != "" {
		q.where(keys.Where)
	}
	page := keys.OrderBy
	if f.Limit > 0 {
		page += ` LIMIT ` + q.arg(f.Limit)
	}
	page += ` OFFSET ` + q.arg(f.Offset)
	rows, err := s.pool.Query(ctx, sqlbase.EntityListSelect+q.clause()+page, q.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("find kb entities: %w", err)
	}
	defer rows.Close()
	out, err := sqlbase.ScanEntityPage(rows, keys)
	if err != nil {
		return nil, 0, fmt.Errorf("find kb entities: %w", err)
	}
	return out, total, nil
}
