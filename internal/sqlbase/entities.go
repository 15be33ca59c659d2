package sqlbase

import "attache"

// ScanEntities reads rows of (id, type, name, country, rank, articles):
// entities without aliases and positions (empty, not nil).
func ScanEntities(rows Rows) ([]attache.KBEntity, error) {
	out := []attache.KBEntity{}
	for rows.Next() {
		e := attache.KBEntity{Aliases: []string{}, Positions: []attache.Position{}}
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Country, &e.Rank, &e.Articles); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// ScanAliases reads rows of (entity id, alias) into the entities of byID.
func ScanAliases(rows Rows, byID map[string]attache.KBEntity) error {
	for rows.Next() {
		var id, a string
		if err := rows.Scan(&id, &a); err != nil {
			return err
		}
		e := byID[id]
		e.Aliases = append(e.Aliases, a)
		byID[id] = e
	}
	return rows.Err()
}

// ScanPositions reads rows of (entity id, kind, value, as_of, former,
// article id, confirmed) into the entities of byID.
func ScanPositions(rows Rows, byID map[string]attache.KBEntity) error {
	for rows.Next() {
		var id string
		var p attache.Position
		if err := rows.Scan(&id, &p.Kind, &p.Value, &p.AsOf, &p.Former, &p.ArticleID, &p.Confirmed); err != nil {
			return err
		}
		e := byID[id]
		e.Positions = append(e.Positions, p)
		byID[id] = e
	}
	return rows.Err()
}

// InOrder lists the entities of byID in the order of ids, each once,
// with empty (not nil) aliases and positions.
func InOrder(ids []string, byID map[string]attache.KBEntity) []attache.KBEntity {
	out := []attache.KBEntity{}
	for _, id := range ids {
		if e, ok := byID[id]; ok {
			if e.Aliases == nil {
				e.Aliases = []string{}
			}
			if e.Positions == nil {
				e.Positions = []attache.Position{}
			}
			out = append(out, e)
			delete(byID, id) // an id given twice comes back once
		}
	}
	return out
}

// ScanLinks reads rows of (article id, entity idx, entity id, name,
// published), and the article's title after them when withTitle.
func ScanLinks(rows Rows, withTitle bool) ([]attache.EntityLink, error) {
	out := []attache.EntityLink{}
	for rows.Next() {
		var l attache.EntityLink
		dest := []any{&l.ArticleID, &l.EntityIdx, &l.EntityID, &l.Name, &l.Published}
		if withTitle {
			dest = append(dest, &l.Title)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
