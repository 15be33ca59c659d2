package sqlite

import (
	"context"
	"strings"
)

// searchSide is where a search with words and event dates starts.
type searchSide int

const (
	// fromSet selects the filtered articles once, as a set (an index
	// range of article_event_dates for the event dates), and walks every
	// match of the words against it. Handing a narrow set to FTS5 as
	// rowids to look up one by one instead was measured far slower: at
	// 100k reports, a month of event dates and two common words took
	// 3.7 s of CPU that way against 28 ms for the set.
	fromSet searchSide = iota
	// fromWords walks the matches of rare words and checks each
	// article's event dates by its seq, instead of selecting every
	// article of a wide date range first; so too matches that mostly
	// pass the other filters (sampleStart), checked by their article's
	// row.
	fromWords
)

// sideProbe is how far searchStart counts each side: a side with fewer
// rows is narrow. Counting stops there, so the estimate costs at most
// that many index entries a side, whatever the base's size.
const sideProbe = 1000

// sample is how many of the newest matches of a search's words
// searchStart checks against its filters other than event dates, and
// passShare the share of them (one in passShare) that must pass for the
// words' walk to start from the matches: the walk then stops after about
// passShare times the matches it ranks, instead of selecting every
// article of a wide filter (at 100k reports, the ~60,000 of one source)
// first.
//
// At 100k generated reports, ranking two common words' latest matches of
// one source took 83 ms from the matches against 170 ms from the set
// when 119 of the sample passed, and 57 against 87 ms when 39 did; with
// 1 of 200 passing, 495 against 103 ms.
const (
	sample    = 200
	passShare = 8
)

// dated reports whether the query filters on event dates.
func (sf searchFilter) dated() bool { return sf.from != "" || sf.to != "" }

// searchStart chooses where a search with words starts. Event dates are
// weighed by counting both sides; other filters by how many of the
// newest matches they let through.
func (db *DB) searchStart(ctx context.Context, sf searchFilter) (searchSide, error) {
	if !sf.dated() {
		if len(sf.w) == 0 {
			return fromSet, nil // no filter: nothing to select
		}
		return db.sampleStart(ctx, sf)
	}
	cond, args := eventDatesCond("", sf.from, sf.to)
	var words, dates int
	err := db.read.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)),
		(SELECT count(*) FROM (SELECT 1 FROM article_event_dates WHERE `+cond+` LIMIT ?))`,
		append(append([]any{sf.match, sideProbe}, args...), sideProbe)...).Scan(&words, &dates)
	if err != nil {
		return fromSet, err
	}
	return chooseStart(words, dates, sideProbe), nil
}

// sampleStart checks the newest sample matches of sf's words against its
// filters (event dates aside) and chooses where the search starts.
func (db *DB) sampleStart(ctx context.Context, sf searchFilter) (searchSide, error) {
	var seen, passed int
	err := db.read.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM articles a
		WHERE a.seq = m.seq AND `+strings.Join(sf.each, " AND ")+`)), 0)
		FROM (SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m`,
		append(append([]any(nil), sf.args...), sf.match, sample)...).Scan(&seen, &passed)
	if err != nil {
		return fromSet, err
	}
	return chooseSampled(seen, passed, sample), nil
}

// chooseSampled picks the words' walk when they have fewer than sample
// matches (all were seen) or when at least one in passShare of the seen
// passed the filters; else the filters' set is selected once.
func chooseSampled(seen, passed, sample int) searchSide {
	if seen < sample || passed*passShare >= seen {
		return fromWords
	}
	return fromSet
}

// chooseStart picks the narrower side of words matches and event-date
// rows, each counted up to probe: rare words (fewer than probe matches,
// and no more than the dates' rows) start from their matches; else the
// dates' set is selected once, narrow or not.
func chooseStart(words, dates, probe int) searchSide {
	if words < probe && words <= dates {
		return fromWords
	}
	return fromSet
}

// conds is the filters' conditions on articles a and their arguments, the
// event dates checked as start needs: a set of seqs selected once, or
// looked up by each article's seq.
func (sf searchFilter) conds(start searchSide) ([]string, []any) {
	w, args := sf.w, sf.args
	if start == fromWords {
		w = sf.each
	}
	if !sf.dated() {
		return w, args
	}
	w, args = append([]string(nil), w...), append([]any(nil), args...)
	if start == fromWords {
		cond, cargs := eventDatesCond("d.", sf.from, sf.to)
		return append(w, `EXISTS (SELECT 1 FROM article_event_dates d WHERE d.seq = a.seq AND `+cond+`)`), append(args, cargs...)
	}
	cond, cargs := eventDatesCond("", sf.from, sf.to)
	return append(w, `a.seq IN (SELECT seq FROM article_event_dates WHERE `+cond+`)`), append(args, cargs...)
}

// filterClause is the condition on articles_fts that lets through the
// matches whose article meets w, checked as start says.
func (sf searchFilter) filterClause(start searchSide, w []string) string {
	if start == fromWords {
		// each match's article by its seq, and its event dates by seq
		return `EXISTS (SELECT 1 FROM articles a WHERE a.seq = articles_fts.rowid AND ` + strings.Join(w, " AND ") + `)`
	}
	// The unary + keeps SQLite from handing the set to FTS5 as rowids to
	// look up one by one, far slower than one scan of the matches.
	if len(sf.w) == 0 && sf.dated() {
		// Event dates alone: their index range is the set. Going through
		// articles a would look up each of its seqs in the table.
		cond, _ := eventDatesCond("", sf.from, sf.to)
		return `+articles_fts.rowid IN (SELECT seq FROM article_event_dates WHERE ` + cond + `)`
	}
	return `+articles_fts.rowid IN (SELECT a.seq FROM articles a` + whereClause(w) + `)`
}

// eventDatesCond is the condition on article_event_dates (its columns
// prefixed with col) of an event-date filter, as the knowledge base's
// events: on the start date, a range "a/b" by a, a prefix of to
// ("2024-11") covering its days; the table holds no ” (migration 012).
// The upper bound is also given as a range of the index (date below to
// followed by the largest code point, above any date that starts with
// to), so that a range is read from its two ends.
func eventDatesCond(col, from, to string) (string, []any) {
	cond, args := `1`, []any{}
	if from != "" {
		cond += ` AND ` + col + `date >= ?`
		args = append(args, from)
	}
	if to != "" {
		cond += ` AND ` + col + `date < ? AND substr(` + col + `date, 1, ?) <= ?`
		args = append(args, to+"\U0010FFFF", len(to), to)
	}
	return cond, args
}
