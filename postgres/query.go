package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"attache/internal/sqlbase"
)

// query gathers the WHERE conditions of a statement and its numbered
// arguments ($1, $2, ...).
type query struct {
	conds      []string
	args       []any
	filterArgs int // how many of args the conditions use
}

// arg adds an argument and returns its placeholder.
func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return fmt.Sprintf("$%d", len(q.args))
}

// where adds a condition whose placeholders were made by arg; every
// argument made so far belongs to the conditions.
func (q *query) where(cond string) {
	q.conds = append(q.conds, cond)
	q.filterArgs = len(q.args)
}

// dialect is PostgreSQL's sqlbase.Dialect, adding arguments to q.
func (q *query) dialect() sqlbase.Dialect {
	return sqlbase.Dialect{
		Arg:      q.arg,
		Contains: func(s, sub string) string { return "strpos(" + s + ", " + sub + ") > 0" },
		EntityKeyMatch: func(key string) string {
			// The trigram indexes of migration 007 answer LIKE, not
			// strpos: the same test once LIKE's wildcards are escaped.
			// One set of ids from both indexes: an OR of the name's
			// test and the aliases' subquery would read every entity.
			return nameMatchCond(q.arg("%" + likeEscaper.Replace(key) + "%"))
		},
	}
}

// nameMatchCond is the condition that entity e's folded name or an alias
// is LIKE the pattern p (a placeholder), each read from its trigram index.
func nameMatchCond(p string) string {
	return `e.id IN (SELECT id FROM kb_entities WHERE key LIKE ` + p + ` UNION SELECT entity_id FROM kb_aliases WHERE key LIKE ` + p + `)`
}

// likeEscaper escapes LIKE's wildcards and its escape character
// (backslash by default).
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// clause is " WHERE c1 AND c2 ..." or "".
func (q *query) clause() string {
	if len(q.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.conds, " AND ")
}

// articleFilters adds the date-range and source filters shared by
// FindArticles and Search, on the alias a.
func (q *query) articleFilters(from, to, source string) error {
	w, err := sqlbase.ArticleConds(q.dialect(), from, to, source)
	if err != nil {
		return err
	}
	for _, c := range w {
		q.where(c)
	}
	return nil
}

// queryer is what readRows queries: the pool or a transaction.
type queryer interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// readRows runs sql on q and reads its rows with scan (one of sqlbase's
// readers), wrapping errors with what.
func readRows[T any](ctx context.Context, q queryer, what string, scan func(sqlbase.Rows) (T, error), sql string, args ...any) (T, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	return sqlbase.ReadAll(what, rows, scan)
}
