package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"attache"
	"attache/fold"
	"attache/internal/sqlbase"
)

// defaultSearchLimit is the number of hits when SearchQuery.Limit is 0.
const defaultSearchLimit = 20

// Only the start of a very long article is indexed and scanned for a
// snippet: a tsvector holds at most 1 MB, and a search should cost the
// same whatever the size of one article.
const (
	indexedText  = 256 << 10 // bytes of folded text in the search vector
	indexedTitle = 16 << 10
	snippetScan  = 256 << 10 // characters of text read to make a snippet
)

// searchFold folds text for the search vector and the query alike (see
// fold.Words): "Hà Nội" and "ha noi" are the same words.
func searchFold(s string) string { return fold.Words(s) }

// searchText returns the folded title and text of the search vector,
// cut to what it indexes.
func searchText(title, text string) (string, string) {
	return searchFold(cutUTF8(title, indexedTitle)), searchFold(cutUTF8(text, indexedText))
}

// cutUTF8 returns at most n bytes of s, not splitting a character.
func cutUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// queryTerm is one word or phrase of a query: its folded words, and
// whether the last one is a prefix.
type queryTerm struct {
	words  []string
	prefix bool
}

// parseQuery reads what a user typed as SQLite's store reads it: every
// word and every "quoted phrase" must match, a word ending in * is a
// prefix, and operators and punctuation mean nothing. Words with no
// letter or digit are dropped.
func parseQuery(q string) []queryTerm {
	// Control characters separate words (as in the SQLite store).
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	var terms []queryTerm
	add := func(t string, prefix bool) {
		if words := strings.Fields(searchFold(t)); len(words) > 0 {
			terms = append(terms, queryTerm{words: words, prefix: prefix})
		}
	}
	for q != "" {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if q == "" {
			break
		}
		if q[0] == '"' {
			phrase, rest, _ := strings.Cut(q[1:], `"`)
			add(phrase, false)
			q = rest
			continue
		}
		end := strings.IndexFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
		if end < 0 {
			end = len(q)
		}
		word := q[:end]
		q = q[end:]
		add(strings.Trim(word, "*"), strings.HasSuffix(word, "*"))
	}
	return terms
}

// tsQuery writes terms as a to_tsquery expression: terms joined by &,
// the words of a phrase by <->. Folded words hold letters and digits
// only, but are quoted all the same so that no word is ever an operator.
func tsQuery(terms []queryTerm) string {
	var parts []string
	for _, t := range terms {
		words := make([]string, len(t.words))
		for i, w := range t.words {
			words[i] = "'" + strings.NewReplacer(`'`, `''`, `\`, `\\`).Replace(w) + "'"
		}
		if t.prefix {
			words[len(words)-1] += ":*"
		}
		p := strings.Join(words, " <-> ")
		if len(words) > 1 {
			p = "(" + p + ")"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " & ")
}

// Search ranks articles by ts_rank over title (weight A) and text
// (weight D): a title match weighs more. Rank is the negated score, so
// that lower is better as with SQLite's bm25. Of a query whose matches
// pass its filters in more than sqlbase.RankedMatches articles, the
// latest of them (newest stored first) are ranked, as on SQLite. A query
// with no words but at least one filter lists the matching articles
// newest first, with the start of the text as snippet. See
// attache.Store.
func (s *Store) Search(ctx context.Context, sq attache.SearchQuery) ([]attache.SearchHit, error) {
	hits, _, err := s.SearchRanked(ctx, sq)
	return hits, err
}

// SearchRanked is Search with the number of latest matches ranked when
// there were at least that many. See attache.RankedSearcher.
func (s *Store) SearchRanked(ctx context.Context, sq attache.SearchQuery) ([]attache.SearchHit, int, error) {
	if sq.Limit < 0 || sq.Offset < 0 {
		return nil, 0, attache.Errorf(attache.EINVALID, "limit and offset must not be negative")
	}
	limit := sq.Limit
	if limit == 0 {
		limit = defaultSearchLimit
	}
	terms := parseQuery(sq.Query)
	var q query
	var match string
	if len(terms) > 0 {
		match = q.arg(tsQuery(terms))
		q.where(`a.search @@ to_tsquery('simple', ` + match + `)`)
	}
	if err := q.searchFilters(sq); err != nil {
		return nil, 0, err
	}
	if len(q.conds) == 0 {
		return nil, 0, attache.Errorf(attache.EINVALID, "empty query: give words to search for or a filter")
	}
	window := s.ranked.Window(limit, sq.Offset)
	var sql string
	if sq.After == "" {
		sql = q.searchSQL(match, limit, sq.Offset, window)
	} else {
		if match != "" {
			return nil, 0, attache.Errorf(attache.EINVALID, "a search for words is ranked: it pages by offset, not after an article")
		}
		page, err := s.articlesAfter(ctx, attache.ArticleFilter{After: sq.After, Offset: sq.Offset, Limit: limit}, &q)
		if err != nil {
			return nil, 0, err
		}
		sql = `SELECT a.id, a.title, a.source, a.published, left(a.text, 400), 0.0::float8, 0::int8 FROM (` + page + `) p
			JOIN articles a ON a.seq = p.seq ORDER BY a.published DESC NULLS LAST, a.seq DESC`
	}
	rows, err := s.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", sq.Query, err)
	}
	defer rows.Close()
	hits := []attache.SearchHit{}
	latest := 0
	for rows.Next() {
		var h attache.SearchHit
		var published *string
		var ranked int64
		if err := rows.Scan(&h.ID, &h.Title, &h.Source, &published, &h.Snippet, &h.Rank, &ranked); err != nil {
			return nil, 0, fmt.Errorf("search %q: %w", sq.Query, err)
		}
		if match != "" && ranked >= int64(window) {
			latest = window
		}
		h.Published = deref(published)
		if match == "" {
			h.Snippet = sqlbase.CutWords(h.Snippet, 200)
		} else {
			h.Snippet = windowSnippet(h.Snippet, terms)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", sq.Query, err)
	}
	return hits, latest, nil
}

// searchFilters adds the conditions of a search's filters: article
// dates and source, a named entity, an event type and event dates.
func (q *query) searchFilters(sq attache.SearchQuery) error {
	if err := q.articleFilters(sq.From, sq.To, sq.Source); err != nil {
		return err
	}
	if sq.Entity != "" {
		key := fold.Key(sq.Entity)
		if key == "" {
			return attache.Errorf(attache.EINVALID, "entity %q has no letters or digits", sq.Entity)
		}
		q.where(`a.id IN (SELECT article_id FROM entity_keys WHERE key = ` + q.arg(key) + `)`)
	}
	if sq.Type != "" {
		q.where(`a.id IN (SELECT article_id FROM events WHERE type = ` + q.arg(string(sq.Type)) + `)`)
	}
	if sq.EventFrom != "" || sq.EventTo != "" {
		if err := checkEventRange(sq.EventFrom, sq.EventTo); err != nil {
			return err
		}
		// as the knowledge base's events: on the start date, a range
		// "a/b" by a, a prefix of To ("2024-11") covering its days; the
		// articles' distinct event dates (migration 008) hold no ''
		cond := `true`
		if sq.EventFrom != "" {
			cond += ` AND date >= ` + q.arg(sq.EventFrom)
		}
		if sq.EventTo != "" {
			cond += ` AND left(date, ` + q.arg(len(sq.EventTo)) + `) <= ` + q.arg(sq.EventTo)
			if bound, ok := dateBound(sq.EventTo); ok {
				// The prefix test alone reads the index from the lower
				// bound to its end: this bound ends the range scan.
				cond += ` AND date < ` + q.arg(bound)
			}
		}
		q.where(`a.id IN (SELECT article_id FROM article_event_dates WHERE ` + cond + `)`)
	}
	return nil
}

// searchSQL is the statement of one page of hits: ranked by the tsquery
// placeholder match among the latest window matches that pass the
// filters, or newest first when the query has no words.
func (q *query) searchSQL(match string, limit, offset, window int) string {
	if match == "" {
		return `SELECT a.id, a.title, a.source, a.published, left(a.text, 400), 0.0::float8, 0::int8 FROM articles a` + q.clause() +
			` ORDER BY a.published DESC NULLS LAST, a.seq DESC` +
			` LIMIT ` + q.arg(limit) + ` OFFSET ` + q.arg(offset)
	}
	// The page is ranked first and only its hits' texts are read. Only
	// the latest window matches are ranked (ts_rank reads each one's
	// search vector): words found in nearly every report rank a bounded
	// number of them, with filters or without, instead of the whole base.
	// ranked counts the matches ranked (before the page's LIMIT).
	return `SELECT a.id, a.title, a.source, a.published, left(a.text, ` + q.arg(snippetScan) + `), p.rank, p.ranked
			FROM (SELECT m.seq, -ts_rank(m.search, to_tsquery('simple', ` + match + `))::float8 AS rank, count(*) OVER () AS ranked
				FROM (SELECT a.seq, a.search FROM articles a` + q.clause() + ` ORDER BY a.seq DESC LIMIT ` + q.arg(window) + `) m
				ORDER BY rank, m.seq LIMIT ` + q.arg(limit) + ` OFFSET ` + q.arg(offset) + `) p
			JOIN articles a ON a.seq = p.seq ORDER BY p.rank, p.seq`
}

// SetSearchRanked makes searches rank the latest k of the matches that
// pass their filters (sqlbase.RankedMatches when k ≤ 0), safe to call
// while searches run.
func (s *Store) SetSearchRanked(k int) { s.ranked.Set(k) }

// checkEventRange refuses event dates that are not YYYY[-MM[-DD]].
func checkEventRange(from, to string) error {
	for _, d := range []string{from, to} {
		if d != "" && !isoDatePrefix.MatchString(d) {
			return attache.Errorf(attache.EINVALID, "bad event date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	return nil
}

// dateBound returns a string above every date that starts with a prefix
// up to to (YYYY, YYYY-MM or YYYY-MM-DD), and below later ones: to with
// its last number raised by one ("2024-11" gives "2024-12", "2024-12"
// "2024-13"). Being digits and hyphens only, it bounds the range in any
// collation, where a locale's order would ignore a sentinel character.
// ok is false when the number would grow a digit (year 9999).
func dateBound(to string) (string, bool) {
	i := strings.LastIndexByte(to, '-') + 1
	n, err := strconv.Atoi(to[i:])
	if err != nil {
		return "", false
	}
	next := fmt.Sprintf("%0*d", len(to)-i, n+1)
	if len(next) != len(to)-i {
		return "", false
	}
	return to[:i] + next, true
}
