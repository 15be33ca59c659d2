package sqlbase

import (
	"strings"

	"attache"
	"attache/fold"
)

// EntityListSelect reads the columns ScanEntities takes from the
// kb_entities table (alias e); a WHERE and ORDER BY follow it.
const EntityListSelect = `SELECT e.id, e.type, e.name, e.country, e.rank, e.articles FROM kb_entities e`

// EntityConds checks the filters of an entity list and turns them into
// conditions on kb_entities e, or returns EINVALID.
func EntityConds(d Dialect, f attache.KBEntityFilter) ([]string, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, attache.Errorf(attache.EINVALID, "limit and offset must not be negative")
	}
	switch f.Type {
	case "", attache.Person, attache.Organization, attache.Location, attache.Country:
	default:
		return nil, attache.Errorf(attache.EINVALID, "unknown entity type %q", f.Type)
	}
	var w []string
	if f.Type != "" {
		w = append(w, `e.type = `+d.Arg(string(f.Type)))
	}
	if f.Country != "" {
		w = append(w, `e.country = `+d.Arg(strings.ToUpper(f.Country)))
	}
	if key := fold.Key(f.Query); key != "" && d.EntityKeyMatch != nil && len(key) >= 3 {
		w = append(w, d.EntityKeyMatch(key))
	} else if key != "" {
		// Folded keys hold letters, digits and spaces only: no LIKE
		// wildcards to escape.
		w = append(w, `(`+d.Contains(`e.key`, d.Arg(key))+
			` OR e.id IN (SELECT entity_id FROM kb_aliases WHERE `+d.Contains(`key`, d.Arg(key))+`))`)
	}
	return w, nil
}

// ScanEntityPage reads rows of a page of EntityListSelect, in list order
// even when the page was read backwards.
func ScanEntityPage(rows Rows, page Page) ([]attache.KBEntity, error) {
	out, err := ScanEntities(rows)
	if err != nil {
		return nil, err
	}
	if page.Reversed {
		Reverse(out)
	}
	return out, nil
}

// OneEntity returns the entity es holds when looking up id, or
// ENOTFOUND when it holds none.
func OneEntity(es []attache.KBEntity, id string) (*attache.KBEntity, error) {
	if len(es) == 0 {
		return nil, attache.Errorf(attache.ENOTFOUND, "no entity %s", id)
	}
	return &es[0], nil
}
