package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"attache"
	"attache/internal/sqlbase"
)

// maxParams bounds the ids bound in one IN (...) list, under SQLite's
// default limit on host parameters (longer lists go as one jsonList).
const maxParams = 500

// placeholders returns "?, ?, ?" for n parameters.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// jsonList is ids as one JSON array, the argument of inList: one
// statement with a single argument reads any number of ids, where a
// placeholder per id made SQLite parse (and the driver bind) thousands
// of them for a page naming every participant of its events, three
// times slower at 3,000.
func jsonList(ids []string) (string, error) {
	if ids == nil {
		ids = []string{}
	}
	b, err := json.Marshal(ids)
	return string(b), err
}

// inList is the set of the values of a jsonList argument, for IN.
const inList = `(SELECT value FROM json_each(?))`

// KBEntitiesByKey returns the entities known by any of keys. See
// attache.KnowledgeStore.
func (db *DB) KBEntitiesByKey(ctx context.Context, keys []string) ([]attache.KBEntity, error) {
	list, err := jsonList(keys)
	if err != nil {
		return nil, fmt.Errorf("kb entities by key: %w", err)
	}
	ids, err := readRows(ctx, db.read, "kb entities by key", scanStrings,
		`SELECT id FROM kb_entities WHERE key IN `+inList+` UNION SELECT entity_id FROM kb_aliases WHERE key IN `+inList, list, list)
	if err != nil {
		return nil, err
	}
	return db.loadKBEntities(ctx, ids)
}

// scanStrings reads rows of one text column.
func scanStrings(rows sqlbase.Rows) ([]string, error) {
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// KBEntity returns one entity. See attache.KnowledgeStore.
func (db *DB) KBEntity(ctx context.Context, id string) (*attache.KBEntity, error) {
	es, err := db.loadKBEntities(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	return sqlbase.OneEntity(es, id)
}

// KBEntityNames returns entities (without aliases and positions) by ID.
// See attache.KnowledgeStore.
func (db *DB) KBEntityNames(ctx context.Context, ids []string) (map[string]attache.KBEntity, error) {
	out := map[string]attache.KBEntity{}
	if len(ids) == 0 {
		return out, nil
	}
	list, err := jsonList(ids)
	if err != nil {
		return nil, fmt.Errorf("kb entity names: %w", err)
	}
	es, err := readRows(ctx, db.read, "kb entity names", sqlbase.ScanEntities,
		`SELECT id, type, name, country, rank, articles FROM kb_entities WHERE id IN `+inList, list)
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		out[e.ID] = e
	}
	return out, nil
}

// loadKBEntities reads entities with aliases and positions, in the order
// of ids.
func (db *DB) loadKBEntities(ctx context.Context, ids []string) ([]attache.KBEntity, error) {
	byID, err := db.KBEntityNames(ctx, ids)
	if err != nil {
		return nil, err
	}
	if len(byID) == 0 {
		return []attache.KBEntity{}, nil
	}
	list, err := jsonList(ids)
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, `SELECT entity_id, alias FROM kb_aliases WHERE entity_id IN `+inList+` ORDER BY entity_id, alias`, list)
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	err = sqlbase.ScanAliases(rows, byID)
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	rows, err = db.read.QueryContext(ctx, `SELECT entity_id, kind, value, as_of, former, article_id, confirmed
		FROM kb_positions WHERE entity_id IN `+inList+` ORDER BY entity_id, as_of, kind, value`, list)
	if err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	defer rows.Close()
	if err := sqlbase.ScanPositions(rows, byID); err != nil {
		return nil, fmt.Errorf("load kb entities: %w", err)
	}
	return sqlbase.InOrder(ids, byID), nil
}

// EntityLinks lists an entity's article links. See attache.KnowledgeStore.
func (db *DB) EntityLinks(ctx context.Context, id string, limit int) ([]attache.EntityLink, error) {
	q := `SELECT l.article_id, l.entity_idx, l.entity_id, l.name, l.published,
		coalesce((SELECT title FROM articles a WHERE a.id = l.article_id), '')
		FROM kb_links l WHERE l.entity_id = ? ORDER BY l.published DESC, l.article_id, l.entity_idx`
	args := []any{id}
	if limit > 0 {
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("entity links: %w", err)
	}
	defer rows.Close()
	return sqlbase.ScanLinks(rows, true)
}

var isoDatePrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// eventSQL is an event query: FROM and WHERE, their arguments, and the
// ORDER BY that puts the latest events first (undated last).
type eventSQL struct {
	from   string
	args   []any
	latest string
	page   sqlbase.Page // the keyset condition (in from) and list order
}

// pairOf returns the two countries of a bilateral filter in the order
// kb_event_pairs keeps them (a < b), or ok false when f is not one.
func pairOf(f attache.KBEventFilter) (a, b string, ok bool) {
	if len(f.Countries) != 2 {
		return "", "", false
	}
	a, b = strings.ToUpper(f.Countries[0]), strings.ToUpper(f.Countries[1])
	if a == b {
		return "", "", false
	}
	return min(a, b), max(a, b), true
}

// tallyQuery reads the (year, type, n) rows of a tally table's rows
// selected by where (a table name and its WHERE), of the given types only
// when there are any.
func tallyQuery(where string, args []any, types []attache.EventType) (string, []any) {
	q := `SELECT year, type, n FROM ` + where
	if len(types) > 0 {
		q += ` AND type IN (` + placeholders(len(types)) + `)`
		for _, t := range types {
			args = append(args, t)
		}
	}
	return q + ` ORDER BY year, type`, args
}

// partyOf returns the one party a filter names, country or participant,
// as kb_event_parties keeps it, or ok false when f names none or several.
func partyOf(f attache.KBEventFilter) (party, kind string, ok bool) {
	switch {
	case len(f.Countries) == 1 && f.EntityID == "":
		return strings.ToUpper(f.Countries[0]), "country", true
	case len(f.Countries) == 0 && f.EntityID != "":
		return f.EntityID, "entity", true
	}
	return "", "", false
}

// conds is the WHERE of a query being built: its conditions, joined by
// AND, and their arguments.
type conds struct {
	where []string
	args  []any
}

func (c *conds) add(cond string, args ...any) {
	c.where = append(c.where, cond)
	c.args = append(c.args, args...)
}

// eventQuery builds the FROM and WHERE of an event query for f. A
// country pair (VN–RU) reads the pair's rows of kb_event_pairs only,
// filtering on their copies of type, date and numbered so that an index
// hands over the newest matching events first; other country filters are
// driven by the country with fewest events and check the others per
// event.
func (db *DB) eventQuery(ctx context.Context, f attache.KBEventFilter) (eventSQL, error) {
	for _, d := range []string{f.From, f.To} {
		if d != "" && !isoDatePrefix.MatchString(d) {
			return eventSQL{}, attache.Errorf(attache.EINVALID, "bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	q, t, c, err := db.eventDriver(ctx, f)
	if err != nil {
		return eventSQL{}, err
	}
	eventFilters(&c, f, t, strings.HasPrefix(q.from, ` FROM kb_event_pairs`))
	var pc conds
	if strings.HasPrefix(q.from, ` FROM kb_event_`) {
		// Driven by one party's or pair's rows: their copies of the date
		// and id, indexed in list order, let a page stop at its LIMIT.
		q.page, err = sqlbase.EventPageOn(dialect(&pc), f, "d.date_start", "d.event_id")
	} else {
		q.page, err = sqlbase.EventPage(dialect(&pc), f)
	}
	if err != nil {
		return eventSQL{}, err
	}
	if q.page.Where != "" {
		c.add(q.page.Where, pc.args...)
	}
	if len(c.where) > 0 {
		q.from += ` WHERE ` + strings.Join(c.where, ` AND `)
	}
	q.args = c.args
	return q, nil
}

// eventDriver picks the table an event query walks first: the pair's
// rows of kb_event_pairs, the rows of the country with fewest events in
// kb_event_parties, or kb_events itself. It returns the FROM and ORDER BY,
// the alias of the table whose copies of type, date_start and numbered
// the filters read, and the conditions on the driving table.
func (db *DB) eventDriver(ctx context.Context, f attache.KBEventFilter) (q eventSQL, t string, c conds, err error) {
	if a, b, ok := pairOf(f); ok {
		// CROSS JOIN makes SQLite keep d as the outer loop: without
		// statistics it would rather walk every event in date order.
		q = eventSQL{from: ` FROM kb_event_pairs d CROSS JOIN kb_events e ON e.id = d.event_id`,
			latest: ` ORDER BY d.date_start DESC, d.event_id DESC`}
		c.add(`d.a = ? AND d.b = ?`, a, b)
		return q, "d", c, nil
	}
	// '' (undated) is the smallest string, so a descending date order
	// already puts the undated last.
	q = eventSQL{from: ` FROM kb_events e`, latest: ` ORDER BY e.date_start = '', e.date_start DESC, e.id DESC`}
	if len(f.Countries) == 0 {
		return q, "e", c, nil
	}
	countries, err := db.fewestEventsFirst(ctx, f.Countries)
	if err != nil {
		return eventSQL{}, "", conds{}, err
	}
	// The party rows' copies of type and date (migration 008), indexed
	// in list order, let a list of one country's events of one type seek
	// to them.
	q.from = ` FROM kb_event_parties d CROSS JOIN kb_events e ON e.id = d.event_id`
	q.latest = ` ORDER BY d.date_start DESC, d.event_id DESC`
	c.add(`d.kind = 'country' AND d.party = ?`, countries[0])
	for _, code := range countries[1:] {
		c.add(`EXISTS (SELECT 1 FROM kb_event_parties o WHERE o.event_id = e.id AND o.kind = 'country' AND o.party = ?)`, code)
	}
	return q, "d", c, nil
}

// fewestEventsFirst returns the country codes, upper-cased, with the one
// that has fewest events first: the query is driven by it. The events are
// counted from their tally by year and type (kb_party_tally), not from
// every party row of the country; one country is not counted at all.
func (db *DB) fewestEventsFirst(ctx context.Context, codes []string) ([]string, error) {
	countries := make([]string, len(codes))
	best, bestN := 0, -1
	for i, c := range codes {
		countries[i] = strings.ToUpper(c)
		if len(codes) == 1 {
			break
		}
		var n int
		if err := db.read.QueryRowContext(ctx, `SELECT coalesce(sum(n), 0) FROM kb_party_tally WHERE kind = 'country' AND party = ?`, countries[i]).Scan(&n); err != nil {
			return nil, err
		}
		if bestN < 0 || n < bestN {
			best, bestN = i, n
		}
	}
	countries[0], countries[best] = countries[best], countries[0]
	return countries, nil
}

// eventFilters adds the conditions of f other than countries; t is the
// alias of the table whose copies of type and date_start they read, pairs
// says it is kb_event_pairs, which keeps a copy of numbered too.
func eventFilters(c *conds, f attache.KBEventFilter, t string, pairs bool) {
	if len(f.Types) > 0 {
		args := make([]any, len(f.Types))
		for i, typ := range f.Types {
			args[i] = typ
		}
		c.add(t+`.type IN (`+placeholders(len(f.Types))+`)`, args...)
	}
	onlyEntity := len(f.Types) == 0 && len(f.Countries) == 0 && f.Mission == "" && f.From == "" && f.To == "" && !f.Numbered
	switch {
	case f.EntityID != "" && f.Latest && f.Limit > 0 && onlyEntity:
		// The index on (kind, party, date_start) hands over the latest
		// events of even a very frequent entity without sorting them all.
		c.add(`e.id IN (SELECT event_id FROM kb_event_parties WHERE kind = 'entity' AND party = ?
			ORDER BY date_start DESC LIMIT ?)`, f.EntityID, f.Limit)
	case f.EntityID != "":
		c.add(`e.id IN (SELECT event_id FROM kb_event_parties WHERE kind = 'entity' AND party = ?)`, f.EntityID)
	}
	switch {
	case f.Numbered && pairs:
		c.add(`d.numbered = 1`)
	case f.Numbered:
		c.add(`e.series <> '' AND e.number > 0`)
	}
	switch {
	case f.Mission != "" && t == "d":
		// Driven by a country's party rows: the mission's events are
		// selected once from their index (kb_events_mission), so that
		// only the rows of the list are read, not every event of the
		// country to check its mission.
		c.add(`d.event_id IN (SELECT id FROM kb_events WHERE lower(mission) = lower(?))`, f.Mission)
	case f.Mission != "":
		c.add(`lower(e.mission) = lower(?)`, f.Mission)
	}
	if f.From != "" {
		// "2024" as a lower bound keeps every date starting in 2024.
		c.add(t+`.date_start <> '' AND `+t+`.date_start >= ?`, f.From)
	}
	if f.To != "" {
		// An upper bound "2024-12" keeps "2024-12-31": compare the prefix.
		c.add(t+`.date_start <> '' AND substr(`+t+`.date_start, 1, ?) <= ?`, len(f.To), f.To)
	}
}

const eventColumns = `e.id, e.type, e.name, e.date, e.place, e.series, e.number, e.mission, e.unit, e.rotation,
	e.personnel, e.women, e.confirmed`

// KBEvents lists events matching f. See attache.KnowledgeStore.
func (db *DB) KBEvents(ctx context.Context, f attache.KBEventFilter) ([]attache.KBEvent, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, attache.Errorf(attache.EINVALID, "limit and offset must not be negative")
	}
	qs, err := db.eventQuery(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	q, args := eventsSQL(f, qs)
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	defer rows.Close()
	out := []attache.KBEvent{}
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("kb events: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	if qs.page.Reversed {
		sqlbase.Reverse(out)
	}
	return out, nil
}

// eventsSQL is the statement of KBEvents for f, whose FROM and WHERE are
// qs. It selects eventColumns, the details and the number of sources (-1:
// count the details' sources).
func eventsSQL(f attache.KBEventFilter, qs eventSQL) (string, []any) {
	cols := eventColumns + `, e.details, -1`
	if f.Brief {
		cols = eventColumns + `, e.brief, e.sources_n` // kept by the writes (setDetailsSQL)
	}
	from, args := qs.from, qs.args
	order := ` ORDER BY e.date_start = '', e.date_start, e.id`
	if !f.Latest {
		order = qs.page.OrderBy
	}
	q := `SELECT ` + cols + from
	switch {
	case f.Limit > 0 && f.Latest:
		// The latest dated events, then put back in date order; the
		// inner query carries ids only, not every event's details.
		q = `SELECT ` + cols + ` FROM (SELECT e.id` + from + qs.latest + ` LIMIT ?) p CROSS JOIN kb_events e ON e.id = p.id` + order
		args = append(args, f.Limit)
	case f.Limit > 0:
		q += order + ` LIMIT ? OFFSET ?`
		args = append(args, f.Limit, f.Offset)
	case f.Offset > 0:
		q += order + ` LIMIT -1 OFFSET ?`
		args = append(args, f.Offset)
	default:
		q += order
	}
	return q, args
}

// scanEvent reads one row of eventsSQL.
func scanEvent(rows *sql.Rows) (attache.KBEvent, error) {
	var e attache.KBEvent
	var details []byte
	if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Date, &e.Place, &e.Series, &e.Number, &e.Mission,
		&e.Unit, &e.Rotation, &e.Personnel, &e.Women, &e.Confirmed, &details, &e.SourceCount); err != nil {
		return e, err
	}
	var d eventDetails
	if err := decodeDetails(details, &d); err != nil {
		return e, fmt.Errorf("event %s: bad details: %w", e.ID, err)
	}
	e.Participants, e.Countries, e.Sources = d.Participants, d.Countries, d.Sources
	if e.Participants == nil {
		e.Participants = []string{}
	}
	if e.Countries == nil {
		e.Countries = []string{}
	}
	if e.Sources == nil {
		e.Sources = []attache.EventSource{}
	}
	if e.SourceCount < 0 {
		e.SourceCount = len(e.Sources)
	}
	return e, nil
}

// KBEventTally counts the events matching f by year and type. See
// attache.KnowledgeStore.
func (db *DB) KBEventTally(ctx context.Context, f attache.KBEventFilter) ([]attache.YearTally, error) {
	f.Limit, f.Offset, f.Latest = 0, 0, false
	f.After, f.Before, f.Recent = "", "", false
	qs, err := db.eventQuery(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("kb event tally: %w", err)
	}
	q := `SELECT substr(e.date_start, 1, 4), e.type, count(*)` + qs.from +
		` GROUP BY substr(e.date_start, 1, 4), e.type ORDER BY 1, 2`
	args := qs.args
	// Counts kept on write (migrations 003 and 006) answer the filters
	// that name only types and the whole base, one party or one pair.
	if f.Mission == "" && f.From == "" && f.To == "" && !f.Numbered {
		party, kind, isParty := partyOf(f)
		a, b, isPair := pairOf(f)
		switch {
		case f.EntityID == "" && len(f.Countries) == 0:
			q, args = tallyQuery(`kb_event_tally WHERE 1`, nil, f.Types)
		case isParty:
			q, args = tallyQuery(`kb_party_tally WHERE kind = ? AND party = ?`, []any{kind, party}, f.Types)
		case isPair && f.EntityID == "":
			q, args = tallyQuery(`kb_pair_tally WHERE a = ? AND b = ?`, []any{a, b}, f.Types)
		}
	}
	return readRows(ctx, db.read, "kb event tally", sqlbase.ScanYearTally, q, args...)
}
