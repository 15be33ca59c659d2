package postgres

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/internal/sqlbase"
)

var isoDatePrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// eventQuery builds the FROM and WHERE of an event query for f into q,
// and returns them with the ORDER BY that puts the latest events first
// (undated last). A country pair reads the pair's rows of kb_event_pairs
// only, other country filters the first country's rows of
// kb_event_parties, in their own date order.
func eventQuery(q *query, f attache.KBEventFilter) (string, string, error) {
	from, latest, _, err := eventPageQuery(q, f)
	return from, latest, err
}

// eventPageQuery is eventQuery with the keyset part of the list (its
// condition is in the WHERE returned).
func eventPageQuery(q *query, f attache.KBEventFilter) (string, string, sqlbase.Page, error) {
	for _, d := range []string{f.From, f.To} {
		if d != "" && !isoDatePrefix.MatchString(d) {
			return "", "", sqlbase.Page{}, attache.Errorf(attache.EINVALID, "bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	from, t := ` FROM kb_events e`, "e"
	// The undated sort first in an ascending order: '' is the smallest
	// string. A descending one (the latest first) puts them last.
	latest := ` ORDER BY e.date_start DESC, e.id DESC`
	if len(f.Countries) > 0 {
		// Driven by one pair's or one country's rows, whose copies of the
		// event's type and date, indexed in list order (migration 004),
		// let a page stop at its LIMIT without scanning other events.
		from, t = ` FROM kb_event_parties d JOIN kb_events e ON e.id = d.event_id`, "d"
		latest = ` ORDER BY d.date_start DESC, d.event_id DESC`
	}
	if len(f.Countries) == 2 && !strings.EqualFold(f.Countries[0], f.Countries[1]) {
		a, b := strings.ToUpper(f.Countries[0]), strings.ToUpper(f.Countries[1])
		from = ` FROM kb_event_pairs d JOIN kb_events e ON e.id = d.event_id`
		q.where(`d.a = ` + q.arg(min(a, b)) + ` AND d.b = ` + q.arg(max(a, b)))
	} else if len(f.Countries) > 0 {
		// The first country drives (see fewestEventsFirst); the others
		// are checked event by event.
		q.where(`d.kind = 'country' AND d.party = ` + q.arg(strings.ToUpper(f.Countries[0])))
		for _, c := range f.Countries[1:] {
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
	date, id := "e.date_start", "e.id"
	if t == "d" {
		date, id = "d.date_start", "d.event_id"
	}
	page, err := sqlbase.EventPageOn(q.dialect(), f, date, id)
	if err != nil {
		return "", "", sqlbase.Page{}, err
	}
	if page.Where != "" {
		q.where(page.Where)
	}
	return from + q.clause(), latest, page, nil
}

// fewestEventsFirst returns f with the country of fewest events (by
// kb_party_tally) first among three or more, the one that drives its
// query; fewer need no choice (two different ones are a pair).
func (s *Store) fewestEventsFirst(ctx context.Context, f attache.KBEventFilter) (attache.KBEventFilter, error) {
	if len(f.Countries) < 3 {
		return f, nil
	}
	codes := make([]string, len(f.Countries))
	for i, c := range f.Countries {
		codes[i] = strings.ToUpper(c)
	}
	rows, err := s.pool.Query(ctx, `SELECT c FROM unnest($1::text[]) WITH ORDINALITY u(c, i)
		ORDER BY (SELECT coalesce(sum(n), 0) FROM kb_party_tally WHERE kind = 'country' AND party = c), i`, codes)
	if err != nil {
		return f, err
	}
	if f.Countries, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
		return f, err
	}
	return f, nil
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
	f, err := s.fewestEventsFirst(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	var q query
	from, latest, page, err := eventPageQuery(&q, f)
	if err != nil {
		return nil, err
	}
	order := ` ORDER BY e.date_start = '', e.date_start, e.id`
	if !f.Latest {
		order = page.OrderBy
	}
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
	out, err := s.queryEvents(ctx, sql, q.args...)
	if err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	if page.Reversed {
		sqlbase.Reverse(out)
	}
	if err := s.eventDetails(ctx, out, f.Brief); err != nil {
		return nil, fmt.Errorf("kb events: %w", err)
	}
	return out, nil
}

// queryEvents reads the events of sql, which selects eventColumns,
// without their parties and sources (see eventDetails).
func (s *Store) queryEvents(ctx context.Context, sql string, args ...any) ([]attache.KBEvent, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []attache.KBEvent{}
	for rows.Next() {
		e := attache.KBEvent{Participants: []string{}, Countries: []string{}, Sources: []attache.EventSource{}}
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Date, &e.Place, &e.Series, &e.Number, &e.Mission,
			&e.Unit, &e.Rotation, &e.Personnel, &e.Women, &e.Confirmed); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// eventDetails fills the participants, countries and sources of evs in
// two statements, whatever their number; brief, only the first
// attache.BriefSources sources of each (see eventSources).
func (s *Store) eventDetails(ctx context.Context, evs []attache.KBEvent, brief bool) error {
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
	return s.eventSources(ctx, evs, ids, at, brief)
}

// eventSources fills the sources of evs (ids their ids, at their index
// by id) and their SourceCount. Brief, each event's first
// attache.BriefSources sources are read through the index in their order
// (migration 005), and the rest only counted.
func (s *Store) eventSources(ctx context.Context, evs []attache.KBEvent, ids []string, at map[string]int, brief bool) error {
	q := `SELECT event_id, article_id, idx, published, salience, evidence, 0 FROM kb_event_sources
		WHERE event_id = ANY($1) ORDER BY event_id, published, article_id, idx`
	args := []any{ids}
	if brief {
		q = `SELECT e.id, s.article_id, s.idx, s.published, s.salience, s.evidence,
			(SELECT count(*) FROM kb_event_sources c WHERE c.event_id = e.id)
			FROM unnest($1::text[]) e(id) CROSS JOIN LATERAL (SELECT * FROM kb_event_sources s WHERE s.event_id = e.id
				ORDER BY s.published, s.article_id, s.idx LIMIT $2) s
			ORDER BY e.id, s.published, s.article_id, s.idx`
		args = append(args, attache.BriefSources)
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var src attache.EventSource
		var n int
		if err := rows.Scan(&id, &src.ArticleID, &src.Idx, &src.Published, &src.Salience, &src.Evidence, &n); err != nil {
			return err
		}
		e := &evs[at[id]]
		e.Sources = append(e.Sources, src)
		e.SourceCount = max(n, len(e.Sources))
	}
	return rows.Err()
}

// KBEventTally counts the events matching f by year and type. See
// attache.KnowledgeStore. The counts kept on write (migration 004) answer
// the filters that name types alone (or nothing), one party (a country or
// a participant) or one pair of countries; others group the events.
func (s *Store) KBEventTally(ctx context.Context, f attache.KBEventFilter) ([]attache.YearTally, error) {
	f.Limit, f.Offset, f.Latest = 0, 0, false
	f.After, f.Before, f.Recent = "", "", false
	var q query
	sql, ok := tallyQuery(&q, f)
	if !ok {
		f, err := s.fewestEventsFirst(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("kb event tally: %w", err)
		}
		from, _, err := eventQuery(&q, f)
		if err != nil {
			return nil, err
		}
		sql = `SELECT left(e.date_start, 4) AS year, e.type, count(*)` + from + ` GROUP BY 1, 2 ORDER BY 1, 2`
	}
	return readRows(ctx, s.pool, "kb event tally", sqlbase.ScanYearTally, sql, q.args...)
}

// tallyQuery returns the statement that reads the counts of f's events
// from a tally, or ok false when no tally keeps them.
func tallyQuery(q *query, f attache.KBEventFilter) (sql string, ok bool) {
	if f.Mission != "" || f.From != "" || f.To != "" || f.Numbered {
		return "", false
	}
	switch {
	case f.EntityID == "" && len(f.Countries) == 0:
		sql = `SELECT year, type, n FROM kb_event_tally t`
	case f.EntityID == "" && len(f.Countries) == 1:
		q.where(`t.kind = 'country' AND t.party = ` + q.arg(strings.ToUpper(f.Countries[0])))
		sql = `SELECT year, type, n FROM kb_party_tally t`
	case f.EntityID != "" && len(f.Countries) == 0:
		q.where(`t.kind = 'entity' AND t.party = ` + q.arg(f.EntityID))
		sql = `SELECT year, type, n FROM kb_party_tally t`
	case f.EntityID == "" && len(f.Countries) == 2 && !strings.EqualFold(f.Countries[0], f.Countries[1]):
		a, b := strings.ToUpper(f.Countries[0]), strings.ToUpper(f.Countries[1])
		q.where(`t.a = ` + q.arg(min(a, b)) + ` AND t.b = ` + q.arg(max(a, b)))
		sql = `SELECT year, type, n FROM kb_pair_tally t`
	default:
		return "", false
	}
	if len(f.Types) > 0 {
		types := make([]string, len(f.Types))
		for i, ty := range f.Types {
			types[i] = string(ty)
		}
		q.where(`t.type = ANY(` + q.arg(types) + `)`)
	}
	return sql + q.clause() + ` ORDER BY year, type`, true
}
