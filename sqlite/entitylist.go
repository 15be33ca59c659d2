package sqlite

import (
	"context"
	"fmt"

	"attache"
	"attache/internal/sqlbase"
)

// FindKBEntities lists entities, most mentioned first, over the whole
// knowledge base. See attache.KnowledgeStore.
func (db *DB) FindKBEntities(ctx context.Context, f attache.KBEntityFilter) ([]attache.KBEntity, int, error) {
	var c conds
	where, err := sqlbase.EntityConds(dialect(&c), f)
	if err != nil {
		return nil, 0, err
	}
	c.where = where
	from := ` FROM kb_entities e` + whereClause(c.where)
	var total int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*)`+from, c.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("find kb entities: %w", err)
	}
	var pc conds
	page, err := sqlbase.EntityPage(dialect(&pc), f)
	if err != nil {
		return nil, 0, err
	}
	if page.Where != "" {
		c.where = append(c.where, page.Where)
		c.args = append(c.args, pc.args...)
	}
	limit := f.Limit
	if limit == 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := db.read.QueryContext(ctx, sqlbase.EntityListSelect+
		whereClause(c.where)+page.OrderBy+` LIMIT ? OFFSET ?`, append(c.args, limit, f.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("find kb entities: %w", err)
	}
	defer rows.Close()
	out, err := sqlbase.ScanEntityPage(rows, page)
	if err != nil {
		return nil, 0, fmt.Errorf("find kb entities: %w", err)
	}
	return out, total, nil
}

// dialect is SQLite's sqlbase.Dialect, recording arguments in c.
func dialect(c *conds) sqlbase.Dialect {
	return sqlbase.Dialect{
		Arg:      func(v any) string { c.args = append(c.args, v); return "?" },
		Contains: func(s, sub string) string { return "instr(" + s + ", " + sub + ") > 0" },
		EntityKeyMatch: func(key string) string {
			// A trigram index matches a quoted string as a substring
			// (migration 010). Folded keys hold no quote to escape.
			q := `"` + key + `"`
			return `(e.rowid IN (SELECT rowid FROM kb_entities_trigram WHERE kb_entities_trigram MATCH ` + c.arg(q) +
				`) OR e.id IN (SELECT a.entity_id FROM kb_aliases a WHERE a.rowid IN
				(SELECT rowid FROM kb_aliases_trigram WHERE kb_aliases_trigram MATCH ` + c.arg(q) + `)))`
		},
	}
}

// arg records an argument and returns its placeholder.
func (c *conds) arg(v any) string {
	c.args = append(c.args, v)
	return "?"
}

// ArticleLinks lists the links of one article's entities. See
// attache.KnowledgeStore.
func (db *DB) ArticleLinks(ctx context.Context, id string) ([]attache.EntityLink, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT article_id, entity_idx, entity_id, name, published
		FROM kb_links WHERE article_id = ? ORDER BY entity_idx`, id)
	if err != nil {
		return nil, fmt.Errorf("article links: %w", err)
	}
	defer rows.Close()
	return sqlbase.ScanLinks(rows, false)
}
