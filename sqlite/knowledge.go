package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"attache"
	"attache/fold"
	"attache/internal/sqlbase"
)

var _ attache.KnowledgeStore = (*DB)(nil)

// kbTables are the derived knowledge-base tables, children first. The
// tallies go first: emptied before the tables they count, the triggers
// that keep them have nothing to update row by row.
var kbTables = []string{"kb_pair_total", "kb_pair_tally", "kb_event_tally", "kb_party_tally", "kb_event_sources", "kb_event_pairs", "kb_event_parties", "kb_events", "kb_links",
	"kb_positions", "kb_aliases", "kb_entities"}

// ReplaceKnowledge replaces the knowledge base with k. See
// attache.KnowledgeStore.
func (db *DB) ReplaceKnowledge(ctx context.Context, k *attache.Knowledge) error {
	if err := sqlbase.CheckKnowledge(k); err != nil {
		return err
	}
	return db.inTx(ctx, "replace knowledge", func(tx *sql.Tx) error {
		// A large base loads faster into tables without their secondary
		// indexes, made again once it is loaded (bulk.go); the old rows
		// go faster without them too.
		var idx []secondaryIndex
		if knowledgeRows(k) >= bulkRows {
			var err error
			if idx, err = dropIndexes(ctx, tx); err != nil {
				return err
			}
		}
		for _, t := range kbTables {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
				return fmt.Errorf("clear %s: %w", t, err)
			}
		}
		if err := writeKnowledge(ctx, tx, k, true); err != nil {
			return err
		}
		if err := createIndexes(ctx, tx, idx); err != nil {
			return err
		}
		// The events' details in one pass, reading their sources through
		// the index made again.
		if _, err := tx.ExecContext(ctx, `UPDATE kb_events SET `+setDetailsSQL); err != nil {
			return fmt.Errorf("event details: %w", err)
		}
		return nil
	})
}

// PutKnowledge adds k to the knowledge base. See attache.KnowledgeStore.
func (db *DB) PutKnowledge(ctx context.Context, k *attache.Knowledge) error {
	if err := sqlbase.CheckKnowledge(k); err != nil {
		return err
	}
	return db.inTx(ctx, "put knowledge", func(tx *sql.Tx) error { return writeKnowledge(ctx, tx, k, false) })
}

// PendingArticles lists the articles not yet resolved. See
// attache.KnowledgeStore.
func (db *DB) PendingArticles(ctx context.Context) ([]string, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT article_id FROM pending_resolution ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("pending articles: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("pending articles: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (db *DB) inTx(ctx context.Context, what string, fn func(*sql.Tx) error) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		if attache.ErrorCode(err) != attache.EINTERNAL {
			return err
		}
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// stmts prepares each query once per transaction.
type stmts struct {
	tx   *sql.Tx
	ctx  context.Context
	m    map[string]*sql.Stmt
	runs int // statements executed, for tests of how many a write takes

	// pairsKept holds, for an event PatchKnowledge rewrites, the countries
	// whose pairs it kept (see keepPairs): those pairs are not written
	// again.
	pairsKept map[string]map[string]bool
	// entityKept holds, for an entity PatchKnowledge rewrites, the
	// aliases and positions it kept (see keepEntity).
	entityKept map[string]*keptRows
}

// prepared returns query's statement, prepared once per transaction.
func (s *stmts) prepared(query string) (*sql.Stmt, error) {
	if st, ok := s.m[query]; ok {
		return st, nil
	}
	st, err := s.tx.PrepareContext(s.ctx, query)
	if err != nil {
		return nil, err
	}
	s.m[query] = st
	return st, nil
}

func (s *stmts) exec(query string, args ...any) error {
	st, err := s.prepared(query)
	if err != nil {
		return err
	}
	s.runs++
	_, err = st.ExecContext(s.ctx, args...)
	return err
}

func (s *stmts) close() {
	for _, st := range s.m {
		st.Close()
	}
}

// eventDetailsSQL computes kb_events.details, the JSON copy of an event's
// participants, countries and sources (see migration 003), from the
// normalised tables, in the order KBEvents returns them.
var eventDetailsSQL = detailsSQL("kb_events.id", `s.event_id = kb_events.id`)

// setDetailsSQL sets the copies an event keeps of its normalised rows:
// its details with every source, its brief details with the first
// attache.BriefSources sources only, and its number of sources (migration
// 008). A brief list reads the brief copy instead of a widely reported
// event's every report.
var setDetailsSQL = `details = ` + eventDetailsSQL + `, brief = ` + detailsSQL("kb_events.id", firstSources("kb_events.id")) +
	`, sources_n = (SELECT count(*) FROM kb_event_sources c WHERE c.event_id = kb_events.id)`

// firstSources is the condition on kb_event_sources s that keeps the
// first attache.BriefSources sources (by publication) of the event whose
// id is the column event.
func firstSources(event string) string {
	return `s.rowid IN (SELECT f.rowid FROM kb_event_sources f WHERE f.event_id = ` + event + `
		ORDER BY f.published, f.article_id, f.idx LIMIT ` + strconv.Itoa(attache.BriefSources) + `)`
}

// detailsSQL is the JSON details of the event whose id is the column
// event, with the sources that sources (a condition on kb_event_sources
// s) selects.
func detailsSQL(event, sources string) string {
	return `json_object(
	'participants', json((SELECT json_group_array(p.party ORDER BY p.idx, p.party) FROM kb_event_parties p
		WHERE p.event_id = ` + event + ` AND p.kind = 'entity')),
	'countries', json((SELECT json_group_array(p.party ORDER BY p.idx, p.party) FROM kb_event_parties p
		WHERE p.event_id = ` + event + ` AND p.kind = 'country')),
	'sources', json((SELECT json_group_array(json_object('article', s.article_id, 'idx', s.idx, 'published', s.published,
		'salience', s.salience, 'evidence', s.evidence) ORDER BY s.published, s.article_id, s.idx)
		FROM kb_event_sources s WHERE ` + sources + `)))`
}

// writeKnowledge writes k; all tells that k is the whole knowledge base
// (the tables were emptied), so that the events' details are left for the
// caller to compute in one pass at the end rather than event by event.
func writeKnowledge(ctx context.Context, tx *sql.Tx, k *attache.Knowledge, all bool) error {
	// Every knowledge write is logged, for the processes that share the
	// file (shared.go).
	if err := logWrite(ctx, tx, k.Resolved, k.Rebuilt); err != nil {
		return err
	}
	s := &stmts{tx: tx, ctx: ctx, m: map[string]*sql.Stmt{}}
	defer s.close()
	return s.writeKnowledge(k, all)
}

// writeKnowledge is writeKnowledge through s.
func (s *stmts) writeKnowledge(k *attache.Knowledge, all bool) error {
	for _, id := range k.Resolved {
		if err := s.exec(`DELETE FROM pending_resolution WHERE article_id = ?`, id); err != nil {
			return fmt.Errorf("clear pending %s: %w", id, err)
		}
	}
	for _, e := range k.Entities {
		if err := s.writeEntity(e); err != nil {
			return err
		}
	}
	for _, l := range k.Links {
		if err := s.exec(`INSERT INTO kb_links (article_id, entity_idx, entity_id, name, published)
			VALUES (?, ?, ?, ?, coalesce((SELECT published FROM articles WHERE id = ?), ''))
			ON CONFLICT (article_id, entity_idx) DO UPDATE SET entity_id = excluded.entity_id, name = excluded.name,
			published = excluded.published`,
			l.ArticleID, l.EntityIdx, l.EntityID, l.Name, l.ArticleID); err != nil {
			return fmt.Errorf("link %s#%d: %w", l.ArticleID, l.EntityIdx, err)
		}
	}
	for _, e := range k.Events {
		if err := s.writeEvent(e, all); err != nil {
			return err
		}
	}
	return nil
}

// writeEntity writes one entity with its aliases and positions.
func (s *stmts) writeEntity(e attache.KBEntity) error {
	if err := s.exec(`INSERT INTO kb_entities (id, type, name, key, country, rank, articles) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, key = excluded.key,
		country = excluded.country, rank = excluded.rank, articles = excluded.articles`,
		e.ID, string(e.Type), e.Name, fold.Key(e.Name), e.Country, e.Rank, e.Articles); err != nil {
		return fmt.Errorf("entity %s: %w", e.ID, err)
	}
	kept := s.entityKept[e.ID]
	for _, a := range e.Aliases {
		if kept != nil && kept.aliases[a] {
			continue
		}
		if err := s.exec(`INSERT INTO kb_aliases (entity_id, alias, key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
			e.ID, a, fold.Key(a)); err != nil {
			return fmt.Errorf("alias of %s: %w", e.ID, err)
		}
	}
	for _, p := range e.Positions {
		if kept != nil && kept.positions[positionKey{p.Kind, p.Value, p.ArticleID}] {
			continue
		}
		if err := s.exec(`INSERT INTO kb_positions (entity_id, kind, value, as_of, former, article_id, confirmed)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			e.ID, p.Kind, p.Value, p.AsOf, p.Former, p.ArticleID, p.Confirmed); err != nil {
			return fmt.Errorf("position of %s: %w", e.ID, err)
		}
	}
	return nil
}

// writeEvent writes one event: its row, the copies of its date and type
// in the tables of parties and pairs, its parties, country pairs and
// sources. Unless all, its details are computed again at once.
func (s *stmts) writeEvent(e attache.KBEvent, all bool) error {
	if err := s.exec(`INSERT INTO kb_events (id, type, name, date, date_start, place, series, number,
		mission, unit, rotation, personnel, women, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, date = excluded.date,
		date_start = excluded.date_start, place = excluded.place, series = excluded.series,
		number = excluded.number, mission = excluded.mission, unit = excluded.unit,
		rotation = excluded.rotation, personnel = excluded.personnel, women = excluded.women,
		confirmed = excluded.confirmed`,
		e.ID, e.Type, e.Name, e.Date, dateStart(e.Date), e.Place, e.Series, e.Number, e.Mission, e.Unit,
		e.Rotation, e.Personnel, e.Women, e.Confirmed); err != nil {
		return fmt.Errorf("event %s: %w", e.ID, err)
	}
	stored, err := s.storedParties(e.ID)
	if err != nil {
		return fmt.Errorf("event %s: %w", e.ID, err)
	}
	// An event with no party stored has no pairs either, unless a patch
	// keeps them while it writes its countries again (pairsKept).
	if _, kept := s.pairsKept[e.ID]; kept || len(stored["entity"])+len(stored["country"]) > 0 {
		if err := s.moveEventCopies(e); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	if err := s.writeEventParties(e, stored); err != nil {
		return fmt.Errorf("event %s: %w", e.ID, err)
	}
	for _, src := range e.Sources {
		if err := s.exec(`INSERT INTO kb_event_sources (event_id, article_id, idx, published, salience, evidence)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			e.ID, src.ArticleID, src.Idx, src.Published, src.Salience, src.Evidence); err != nil {
			return fmt.Errorf("event %s source: %w", e.ID, err)
		}
	}
	if !all {
		// Sources and parties may have been added to those stored.
		if err := s.exec(`UPDATE kb_events SET `+setDetailsSQL+` WHERE id = ?`, e.ID); err != nil {
			return fmt.Errorf("event %s details: %w", e.ID, err)
		}
	}
	return nil
}

// moveEventCopies updates the copies of an event's date and type (in the
// rows of parties since migration 008): an
// event already stored may have been re-dated or re-typed, and its copies
// move with it, also in the rows of parties and pairs that this report
// does not repeat (the triggers of 003 then move its pair tallies).
func (s *stmts) moveEventCopies(e attache.KBEvent) error {
	start, numbered := dateStart(e.Date), e.Series != "" && e.Number > 0
	if err := s.exec(`UPDATE kb_event_parties SET date_start = ?, type = ? WHERE event_id = ? AND (date_start <> ? OR type <> ?)`,
		start, e.Type, e.ID, start, e.Type); err != nil {
		return err
	}
	return s.exec(`UPDATE kb_event_pairs SET date_start = ?, type = ?, numbered = ?
		WHERE event_id = ? AND (date_start <> ? OR type <> ? OR numbered <> ?)`,
		start, e.Type, numbered, e.ID, start, e.Type, numbered)
}

// writeEventParties writes an event's participants, countries and the
// pairs of its countries (each pair once, in code order). Only the
// parties not stored yet are written, and only the countries not stored
// yet make new pairs: an event that a hundred reports from fifty countries
// share would otherwise try all of its thousand pairs again at each write.
// stored is what storedParties returned for e.
func (s *stmts) writeEventParties(e attache.KBEvent, stored map[string]map[string]int) error {
	start, numbered := dateStart(e.Date), e.Series != "" && e.Number > 0
	for _, l := range []struct {
		kind  string
		items []string
	}{{"entity", e.Participants}, {"country", e.Countries}} {
		for i, p := range l.items {
			if _, ok := stored[l.kind][p]; ok {
				continue // a stored party keeps its row, as ON CONFLICT would
			}
			if err := s.exec(`INSERT INTO kb_event_parties (event_id, kind, party, idx, date_start, type) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (event_id, kind, party) DO NOTHING`,
				e.ID, l.kind, p, i, start, e.Type); err != nil {
				return err
			}
		}
	}
	paired := map[string]bool{} // the countries whose pairs are all stored
	for c := range stored["country"] {
		paired[c] = true
	}
	if kept, ok := s.pairsKept[e.ID]; ok {
		paired = kept
	}
	for i, c := range e.Countries {
		for _, d := range e.Countries[i+1:] {
			if c == d || paired[c] && paired[d] {
				continue // a pair of stored countries is stored
			}
			a, b := min(c, d), max(c, d) // not swapping c itself: later pairs need it
			if err := s.exec(`INSERT INTO kb_event_pairs (a, b, event_id, date_start, type, numbered) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (a, b, event_id) DO NOTHING`,
				a, b, e.ID, start, e.Type, numbered); err != nil {
				return err
			}
		}
	}
	return nil
}

// storedParties returns the parties stored for event id by kind
// ("entity", "country"), each with its place in its list.
func (s *stmts) storedParties(id string) (map[string]map[string]int, error) {
	const q = `SELECT kind, party, idx FROM kb_event_parties WHERE event_id = ?`
	st, ok := s.m[q]
	if !ok {
		var err error
		if st, err = s.tx.PrepareContext(s.ctx, q); err != nil {
			return nil, err
		}
		s.m[q] = st
	}
	rows, err := st.QueryContext(s.ctx, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]map[string]int{"entity": {}, "country": {}}
	for rows.Next() {
		var kind, party string
		var idx int
		if err := rows.Scan(&kind, &party, &idx); err != nil {
			return nil, err
		}
		if out[kind] == nil {
			out[kind] = map[string]int{}
		}
		out[kind][party] = idx
	}
	return out, rows.Err()
}

// dateStart is the first day an ISO date or range stands for, padded so
// that string order is date order: "2024-12" → "2024-12", "2024-12-26/2024-12-28" → "2024-12-26".
func dateStart(d string) string {
	start, _, _ := strings.Cut(d, "/")
	return start
}

// AddCorrection records c. See attache.KnowledgeStore.
func (db *DB) AddCorrection(ctx context.Context, c *attache.Correction) error {
	if c == nil || c.Kind == "" {
		return attache.Errorf(attache.EINVALID, "correction has no kind")
	}
	if c.At.IsZero() {
		c.At = time.Now().UTC()
	}
	// A change of the corrections is logged as a rebuild: a process that
	// keeps a build must build again (shared.go).
	return db.inTx(ctx, "add correction", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO kb_corrections (kind, entity, target, value, note, at, undone)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Kind, c.Entity, c.Target, c.Value, c.Note,
			c.At.UTC().Format(time.RFC3339Nano), c.Undone)
		if err != nil {
			return err
		}
		seq, err := res.LastInsertId()
		if err != nil {
			return err
		}
		c.ID = strconv.FormatInt(seq, 10)
		return logWrite(ctx, tx, nil, true)
	})
}

// SetCorrectionUndone marks a correction undone or not. See
// attache.KnowledgeStore.
func (db *DB) SetCorrectionUndone(ctx context.Context, id string, undone bool) (*attache.Correction, error) {
	seq, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return nil, attache.Errorf(attache.ENOTFOUND, "no correction %q", id)
	}
	err = db.inTx(ctx, "undo correction "+id, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE kb_corrections SET undone = ? WHERE seq = ?`, undone, seq)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return attache.Errorf(attache.ENOTFOUND, "no correction %s", id)
		}
		return logWrite(ctx, tx, nil, true)
	})
	if err != nil {
		return nil, err
	}
	cs, err := db.corrections(ctx, `WHERE seq = ?`, seq)
	if err != nil {
		return nil, err
	}
	return &cs[0], nil
}

// Corrections lists every correction, oldest first. See
// attache.KnowledgeStore.
func (db *DB) Corrections(ctx context.Context) ([]attache.Correction, error) {
	return db.corrections(ctx, "ORDER BY seq")
}

// LatestCorrections lists a page of the corrections' log, newest first.
// See attache.KnowledgeStore.
func (db *DB) LatestCorrections(ctx context.Context, after string, limit int) ([]attache.Correction, error) {
	before, err := sqlbase.CorrectionPage(after, limit)
	if err != nil {
		return nil, err
	}
	return db.corrections(ctx, "WHERE seq < ? ORDER BY seq DESC LIMIT ?", before, limit)
}

// corrections reads the corrections that where (a condition and an
// order) selects.
func (db *DB) corrections(ctx context.Context, where string, args ...any) ([]attache.Correction, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT seq, kind, entity, target, value, note, at, undone
		FROM kb_corrections `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("corrections: %w", err)
	}
	defer rows.Close()
	out := []attache.Correction{}
	for rows.Next() {
		var c attache.Correction
		var seq int64
		var at string
		if err := rows.Scan(&seq, &c.Kind, &c.Entity, &c.Target, &c.Value, &c.Note, &at, &c.Undone); err != nil {
			return nil, fmt.Errorf("corrections: %w", err)
		}
		c.ID = strconv.FormatInt(seq, 10)
		if c.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
			return nil, fmt.Errorf("correction %d: bad time %q: %w", seq, at, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
