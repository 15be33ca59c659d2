package postgres

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/fold"
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
	if len(es) == 0 {
		return nil, attache.Errorf(attache.ENOTFOUND, "no entity %s", id)
	}
	return &es[0], nil
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
	for rows.Next() {
		var e attache.KBEntity
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Country, &e.Rank, &e.Articles); err != nil {
			return nil, fmt.Errorf("kb entity names: %w", err)
		}
		out[e.ID] = e
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("kb entity names: %w", err)
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
	out := []attache.KBEntity{}
	if len(byID) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT entity_id, alias FROM kb_aliases WHERE entity_id = ANY($1) ORDER BY entity_id, alias`, ids)
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	for rows.Next() {
		var id, a string
		if err := rows.Scan(&id, &a); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load kb entities: %w", err)
		}
		e := byID[id]
		e.Aliases = append(e.Aliases, a)
		byID[id] = e
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	rows, err = s.pool.Query(ctx, `SELECT entity_id, kind, value, as_of, former, article_id, confirmed
		FROM kb_positions WHERE entity_id = ANY($1) ORDER BY entity_id, as_of, kind, value`, ids)
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var p attache.Position
		if err := rows.Scan(&id, &p.Kind, &p.Value, &p.AsOf, &p.Former, &p.ArticleID, &p.Confirmed); err != nil {
			return nil, fmt.Errorf("load kb entities: %w", err)
		}
		e := byID[id]
		e.Positions = append(e.Positions, p)
		byID[id] = e
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
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
	return out, nil
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
	out := []attache.EntityLink{}
	for rows.Next() {
		var l attache.EntityLink
		if err := rows.Scan(&l.ArticleID, &l.EntityIdx, &l.EntityID, &l.Name, &l.Published, &l.Title); err != nil {
			return nil, fmt.Errorf("entity links: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
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
	out := []attache.EntityLink{}
	for rows.Next() {
		var l attache.EntityLink
		if err := rows.Scan(&l.ArticleID, &l.EntityIdx, &l.EntityID, &l.Name, &l.Published); err != nil {
			return nil, fmt.Errorf("article links: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// FindKBEntities lists entities, most mentioned first, over the whole
// knowledge base. See attache.KnowledgeStore.
func (s *Store) FindKBEntities(ctx context.Context, f attache.KBEntityFilter) ([]attache.KBEntity, int, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, 0, attache.Errorf(attache.EINVALID, "limit and offset must not be negative")
	}
	switch f.Type {
	case "", attache.Person, attache.Organization, attache.Location, attache.Country:
	default:
		return nil, 0, attache.Errorf(attache.EINVALID, "unknown entity type %q", f.Type)
	}
	var q query
	if f.Type != "" {
		q.where(`e.type = ` + q.arg(string(f.Type)))
	}
	if key := fold.Key(f.Query); key != "" {
		k := q.arg(key)
		q.where(`(strpos(e.key, ` + k + `) > 0 OR e.id IN (SELECT entity_id FROM kb_aliases WHERE strpos(key, ` + k + `) > 0))`)
	}
	from := ` FROM kb_entities e` + q.clause()
	var total int
	if err := s.pool.QueryRow(ctx, `SELECT count(*)`+from, q.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("find kb entities: %w", err)
	}
	page := ` ORDER BY e.articles DESC, e.name, e.id`
	if f.Limit > 0 {
		page += ` LIMIT ` + q.arg(f.Limit)
	}
	page += ` OFFSET ` + q.arg(f.Offset)
	rows, err := s.pool.Query(ctx, `SELECT e.id, e.type, e.name, e.country, e.rank, e.articles`+from+page, q.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("find kb entities: %w", err)
	}
	defer rows.Close()
	out := []attache.KBEntity{}
	for rows.Next() {
		e := attache.KBEntity{Aliases: []string{}, Positions: []attache.Position{}}
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Country, &e.Rank, &e.Articles); err != nil {
			return nil, 0, fmt.Errorf("find kb entities: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("find kb entities: %w", err)
	}
	return out, total, nil
}

var isoDatePrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// eventQuery builds the FROM and WHERE of an event query for f into q,
// and returns them with the ORDER BY that puts the latest events first
// (undated last). A country pair reads the pair's rows of kb_event_pairs
// only, in their own date order.
func eventQuery(q *query, f attache.KBEventFilter) (string, string, error) {
	for _, d := range []string{f.From, f.To} {
		if d != "" && !isoDatePrefix.MatchString(d) {
			return "", "", attache.Errorf(attache.EINVALID, "bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	from, t := ` FROM kb_events e`, "e"
	// The undated sort first in an ascending order: '' is the smallest
	// string. A descending one (the latest first) puts them last.
	latest := ` ORDER BY e.date_start DESC, e.id DESC`
	if len(f.Countries) == 2 && !strings.EqualFold(f.Countries[0], f.Countries[1]) {
		a, b := strings.ToUpper(f.Countries[0]), strings.ToUpper(f.Countries[1])
		from, t = ` FROM kb_event_pairs d JOIN kb_events e ON e.id = d.event_id`, "d"
		latest = ` ORDER BY d.date_start DESC, d.event_id DESC`
		q.where(`d.a = ` + q.arg(min(a, b)) + ` AND d.b = ` + q.arg(max(a, b)))
	} else {
		for _, c := range f.Countries {
			q.where(`EXISTS (SELECT 1 FROM kb_event_parties o WHERE o.event_id = e.id AND o.kind = 'country' AND o.party = ` +
				q.arg(strings.ToUpper(c)) + `)`)
		}
	}
	if len(f.Types) > 0 {
		types := make([]string, len(f.Types))
		for i, ty := range f.Types {
			types[i] = string(ty)
		}
		q.where(t + `.type = ANY(` + q.arg(types) + `)`)
	}
	if f.EntityID != "" {
		q.where(`e.id IN (SELECT event_id FROM kb_event_parties WHERE kind = 'entity' AND party = ` + q.arg(f.EntityID) + `)`)
	}
	if f.Numbered {
		q.where(`e.series <> '' AND e.number > 0`)
	}
	if f.Mission != "" {
		q.where(`lower(e.mission) = lower(` + q.arg(f.Mission) + `)`)
	}
	if f.From != "" {
		// "2024" as a lower bound keeps every date starting in 2024.
		q.where(t + `.date_start <> '' AND ` + t + `.date_start >= ` + q.arg(f.From))
	}
	if f.To != "" {
		// An upper bound "2024-12" keeps "2024-12-31": compare the prefix.
		q.where(t + `.date_start <> '' AND left(` + t + `.date_start, ` + q.arg(len(f.To)) + `) <= ` + q.arg(f.To))
	}
	return from + q.clause(), latest, nil
}

const eventColumns = `e.id, e.type, e.name, e.date, e.place, e.series, e.number, e.mission, e.unit, e.rotation,
	e.personnel, e.women, e.confirmed`

// KBEvents lists events matching f in date order (undated last), then
// reads the parties and sources of the page's events. See
// attache.KnowledgeStore.
func (s *Store) KBEvents(ctx context.Context, f attache.KBEventFilter) ([]attache.KBEvent, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, attache.Errorf(attache.EINVALID, "limit and offset must not be negative")
	}
	var q query
	from, latest, err := eventQuery(&q, f)
	if err != nil {
		return nil, err
	}
	order := ` ORDER BY e.date_start = '', e.date_start, e.id`
	sql := `SELECT ` + eventColumns + from
	switch {
	case f.Limit > 0 && f.Latest:
		// The latest events, then put back in date order.
		sql = `SELECT ` + eventColumns + ` FROM (SELECT e.*` + from + latest + ` LIMIT ` + q.arg(f.Limit) + `) e` + order
	case f.Limit > 0:
		sql += order + ` LIMIT ` + q.arg(f.Limit) + ` OFFSET ` + q.arg(f.Offset)
	default:
		sql += order + ` OFFSET ` + q.arg(f.Offset)
	}
	rows, err := s.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	out := []attache.KBEvent{}
	for rows.Next() {
		e := attache.KBEvent{Participants: []string{}, Countries: []string{}, Sources: []attache.EventSource{}}
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Date, &e.Place, &e.Series, &e.Number, &e.Mission,
			&e.Unit, &e.Rotation, &e.Personnel, &e.Women, &e.Confirmed); err != nil {
			rows.Close()
			return nil, fmt.Errorf("kb events: %w", err)
		}
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	if err := s.eventDetails(ctx, out); err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	return out, nil
}

// eventDetails fills the participants, countries and sources of evs in
// two statements, whatever their number.
func (s *Store) eventDetails(ctx context.Context, evs []attache.KBEvent) error {
	if len(evs) == 0 {
		return nil
	}
	at := map[string]int{}
	ids := make([]string, len(evs))
	for i, e := range evs {
		at[e.ID], ids[i] = i, e.ID
	}
	rows, err := s.pool.Query(ctx, `SELECT event_id, kind, party FROM kb_event_parties
		WHERE event_id = ANY($1) ORDER BY event_id, kind, idx, party`, ids)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id, kind, party string
		if err := rows.Scan(&id, &kind, &party); err != nil {
			rows.Close()
			return err
		}
		e := &evs[at[id]]
		if kind == "country" {
			e.Countries = append(e.Countries, party)
		} else {
			e.Participants = append(e.Participants, party)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = s.pool.Query(ctx, `SELECT event_id, article_id, idx, published, salience, evidence FROM kb_event_sources
		WHERE event_id = ANY($1) ORDER BY event_id, published, article_id, idx`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var src attache.EventSource
		if err := rows.Scan(&id, &src.ArticleID, &src.Idx, &src.Published, &src.Salience, &src.Evidence); err != nil {
			return err
		}
		e := &evs[at[id]]
		e.Sources = append(e.Sources, src)
	}
	return rows.Err()
}

// KBEventTally counts the events matching f by year and type. See
// attache.KnowledgeStore.
func (s *Store) KBEventTally(ctx context.Context, f attache.KBEventFilter) ([]attache.YearTally, error) {
	f.Limit, f.Offset, f.Latest = 0, 0, false
	var q query
	from, _, err := eventQuery(&q, f)
	if err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `SELECT left(e.date_start, 4) AS year, e.type, count(*)`+from+
		` GROUP BY 1, 2 ORDER BY 1, 2`, q.args...)
	if err != nil {
		return nil, fmt.Errorf("kb event tally: %w", err)
	}
	defer rows.Close()
	out := []attache.YearTally{}
	for rows.Next() {
		var year, typ string
		var n int
		if err := rows.Scan(&year, &typ, &n); err != nil {
			return nil, fmt.Errorf("kb event tally: %w", err)
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
		return nil, fmt.Errorf("kb event tally: %w", err)
	}
	if len(out) > 1 && out[0].Year == "undated" {
		out = append(out[1:], out[0])
	}
	return out, nil
}
