package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	"attache"
	"attache/fold"
	"attache/internal/sqlbase"
)

// SetSearchRanked makes searches rank the latest k of the matches that
// pass their filters (sqlbase.RankedMatches when k ≤ 0), safe to call
// while searches run.
func (db *DB) SetSearchRanked(k int) { db.ranked.Set(k) }

// defaultSearchLimit is the number of hits when SearchQuery.Limit is 0.
const defaultSearchLimit = 20

// Search ranks articles by bm25 over title and text (a title match weighs
// more) with a snippet of the best column; of a query whose matches
// pass its filters in more than sqlbase.RankedMatches articles, the
// latest of them (newest stored first) are ranked. A query filtered by event dates starts from the narrower
// side (searchStart). A query with no words but at least one filter lists
// the matching articles newest first, with the start of the text as
// snippet. See attache.Store.
func (db *DB) Search(ctx context.Context, q attache.SearchQuery) ([]attache.SearchHit, error) {
	hits, _, err := db.SearchRanked(ctx, q)
	return hits, err
}

// SearchRanked is Search with the number of latest matches ranked when
// there were at least that many. See attache.RankedSearcher.
func (db *DB) SearchRanked(ctx context.Context, q attache.SearchQuery) ([]attache.SearchHit, int, error) {
	if q.Limit < 0 || q.Offset < 0 {
		return nil, 0, attache.Errorf(attache.EINVALID, "limit and offset must not be negative")
	}
	limit := q.Limit
	if limit == 0 {
		limit = defaultSearchLimit
	}
	sf, err := searchWhere(q)
	if err != nil {
		return nil, 0, err
	}
	if sf.match == "" {
		w, args := sf.conds(fromSet)
		hits, err := db.listHits(ctx, w, args, limit, q.Offset, q.After)
		return hits, 0, err
	}
	if q.After != "" {
		return nil, 0, attache.Errorf(attache.EINVALID, "a search for words is ranked: it pages by offset, not after an article")
	}
	start, err := db.searchStart(ctx, sf)
	if err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", q.Query, err)
	}
	return db.rankHits(ctx, q, sf, start, limit)
}

// rankHits ranks the matches of sf that its filters let through, checked
// as start says, and reads the page of limit hits at q.Offset, with the
// number of latest matches ranked when the walk stopped there.
func (db *DB) rankHits(ctx context.Context, q attache.SearchQuery, sf searchFilter, start searchSide, limit int) ([]attache.SearchHit, int, error) {
	w, args := sf.conds(start)
	if len(w) > 0 {
		w = []string{sf.filterClause(start, w)}
	}
	match := sf.match
	w = append([]string{`articles_fts MATCH ?`}, w...)
	args = append([]any{match}, args...)
	// The page is ranked first and the snippets (costly: they re-read
	// each text) are made for its hits only, not for every match sorted
	// or skipped by the offset. Only the latest matches that pass the
	// filters (db.ranked, at least those the page reaches) are ranked:
	// FTS5 walks the matches newest first and the walk stops there, so
	// that words found in nearly every report rank a bounded number of
	// them, with filters or without, instead of the whole base.
	// ranked counts the matches ranked (before the page's LIMIT).
	page := `SELECT seq, rank, count(*) OVER () AS ranked FROM (SELECT articles_fts.rowid AS seq, bm25(articles_fts, 5.0, 1.0) AS rank
		FROM articles_fts` + whereClause(w) + ` ORDER BY articles_fts.rowid DESC LIMIT ?)
		ORDER BY rank, seq LIMIT ? OFFSET ?`
	window := db.ranked.Window(limit, q.Offset)
	args = append(args, window)
	args = append(args, limit, q.Offset)
	// Long texts skip snippet() (see ftsSnippetMax) and bring their first
	// snippetScan bytes instead, which windowSnippet reads.
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.title, a.source, a.published,
		CASE WHEN octet_length(a.text) <= ? THEN snippet(articles_fts, -1, ?, ?, '…', 32)
			ELSE CAST(substr(CAST(a.text AS BLOB), 1, ?) AS TEXT) END,
		octet_length(a.text) > ?, p.rank, p.ranked
		FROM (`+page+`) p CROSS JOIN articles_fts ON articles_fts.rowid = p.seq JOIN articles a ON a.seq = p.seq
		WHERE articles_fts MATCH ? ORDER BY p.rank, p.seq`,
		append(append([]any{ftsSnippetMax, attache.Mark, attache.EndMark, snippetScan, ftsSnippetMax}, args...), match)...)
	if err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", q.Query, err)
	}
	defer rows.Close()
	hits := []attache.SearchHit{}
	latest := 0
	for rows.Next() {
		var h attache.SearchHit
		var published sql.NullString
		var long bool
		var ranked int
		if err := rows.Scan(&h.ID, &h.Title, &h.Source, &published, &h.Snippet, &long, &h.Rank, &ranked); err != nil {
			return nil, 0, fmt.Errorf("search %q: %w", q.Query, err)
		}
		if ranked >= window {
			latest = window
		}
		h.Published = published.String
		if long {
			h.Snippet = windowSnippet(h.Snippet, q.Query)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", q.Query, err)
	}
	return hits, latest, nil
}

// searchFilter is a query's FTS5 match expression ("" when it has no
// words) and its filters: conditions on articles a, and apart, as they
// can be checked two ways, the event dates' condition on
// article_event_dates (see eventDatesCond).
type searchFilter struct {
	match string
	w     []string
	// each is w written to be checked article by article (fromWords):
	// an entity or event type looked up in its index for the article
	// instead of a list of every article it names selected first. The
	// same arguments, in the same order.
	each     []string
	args     []any
	from, to string // event dates, "" when not filtered
}

// searchWhere reads a query into its searchFilter.
func searchWhere(q attache.SearchQuery) (searchFilter, error) {
	sf := searchFilter{match: FTSQuery(q.Query), from: q.EventFrom, to: q.EventTo}
	var err error
	sf.w, sf.args, err = articleWhere(q.From, q.To, q.Source)
	if err != nil {
		return sf, err
	}
	sf.each = append([]string(nil), sf.w...)
	if q.Entity != "" {
		key := fold.Key(q.Entity)
		if key == "" {
			return sf, attache.Errorf(attache.EINVALID, "entity %q has no letters or digits", q.Entity)
		}
		sf.w = append(sf.w, `a.id IN (SELECT article_id FROM entity_keys WHERE key = ?)`)
		sf.each = append(sf.each, `EXISTS (SELECT 1 FROM entity_keys k WHERE k.key = ? AND k.article_id = a.id)`)
		sf.args = append(sf.args, key)
	}
	if q.Type != "" {
		sf.w = append(sf.w, `a.id IN (SELECT article_id FROM events WHERE type = ?)`)
		sf.each = append(sf.each, `EXISTS (SELECT 1 FROM events e WHERE e.type = ? AND e.article_id = a.id)`)
		sf.args = append(sf.args, q.Type)
	}
	if err := checkEventRange(q.EventFrom, q.EventTo); err != nil {
		return sf, err
	}
	if sf.match == "" && len(sf.w) == 0 && !sf.dated() {
		return sf, attache.Errorf(attache.EINVALID, "empty query: give words to search for or a filter")
	}
	return sf, nil
}

// listHits answers a query without words: the filtered articles, newest
// first, at offset or after the article after.
func (db *DB) listHits(ctx context.Context, w []string, args []any, limit, offset int, after string) ([]attache.SearchHit, error) {
	// As FindArticles: the page is chosen on seq and only its rows are
	// read whole; NULL dates sort last in descending order.
	page := `SELECT a.seq FROM articles a` + whereClause(w) + ` ORDER BY a.published DESC, a.seq DESC LIMIT ? OFFSET ?`
	pageArgs := append(args, limit, offset)
	if after != "" {
		var err error
		if page, pageArgs, err = db.articlesAfter(ctx, attache.ArticleFilter{After: after, Offset: offset}, w, args, limit); err != nil {
			return nil, err
		}
	}
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.title, a.source, a.published,
		substr(a.text, 1, 240), 0.0
		FROM (`+page+`) p
		CROSS JOIN articles a ON a.seq = p.seq ORDER BY a.published DESC, a.seq DESC`, pageArgs...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	hits, err := scanHits(rows, "")
	for i := range hits {
		hits[i].Snippet = sqlbase.CutWords(hits[i].Snippet, 200)
	}
	return hits, err
}

func scanHits(rows *sql.Rows, query string) ([]attache.SearchHit, error) {
	defer rows.Close()
	hits := []attache.SearchHit{}
	for rows.Next() {
		var h attache.SearchHit
		var published sql.NullString
		if err := rows.Scan(&h.ID, &h.Title, &h.Source, &published, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Published = published.String
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// FTSQuery turns what a user typed into an FTS5 query that cannot be a
// syntax error: every word and every "quoted phrase" becomes an FTS5
// string (all must match), a word ending in * stays a prefix query, and
// FTS5 operators and punctuation lose their meaning. Words with no letter
// or digit are dropped; the result is "" when nothing is left.
func FTSQuery(q string) string {
	// Control characters (a NUL ends an FTS5 query early) separate words.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	var terms []string
	add := func(t string, prefix bool) {
		if !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return
		}
		s := `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
		if prefix {
			s += "*"
		}
		terms = append(terms, s)
	}
	for q != "" {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if q == "" {
			break
		}
		if q[0] == '"' {
			phrase, rest, _ := strings.Cut(q[1:], `"`)
			add(strings.Join(strings.Fields(phrase), " "), false)
			q = rest
			continue
		}
		end := strings.IndexFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
		if end < 0 {
			end = len(q)
		}
		word := q[:end]
		q = q[end:]
		prefix := strings.HasSuffix(word, "*")
		add(strings.Trim(word, "*"), prefix)
	}
	return strings.Join(terms, " ")
}

// checkEventRange refuses event dates that are not YYYY[-MM[-DD]].
func checkEventRange(from, to string) error {
	for _, d := range []string{from, to} {
		if d != "" && !isoDatePrefix.MatchString(d) {
			return attache.Errorf(attache.EINVALID, "bad event date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	return nil
}
