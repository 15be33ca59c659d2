package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"attache/internal/sqlbase"
)

// queryer is what readRows queries: a connection pool or a transaction.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// readRows runs query on q and reads its rows with scan (one of
// sqlbase's readers), wrapping errors with what.
func readRows[T any](ctx context.Context, q queryer, what string, scan func(sqlbase.Rows) (T, error), query string, args ...any) (T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	return sqlbase.ReadAll(what, rows, scan)
}
