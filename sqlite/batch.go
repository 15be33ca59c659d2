package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// batchRows is how many rows one INSERT of a batchInsert writes. One
// statement per row made storing an article that names one body
// thousands of times (a hostile text, a long report) take longer than
// extracting it; SQLite takes 32766 parameters per statement.
const batchRows = 64

// batchInsert writes rows of one table many at a time, within a
// transaction: add collects them, flush writes what is left.
type batchInsert struct {
	tx     *sql.Tx
	head   string // "INSERT INTO t (a, b) VALUES "
	cols   int
	full   *sql.Stmt // the statement of batchRows rows, prepared on first use
	args   []any
	closed bool
}

func newBatchInsert(tx *sql.Tx, head string, cols int) *batchInsert {
	return &batchInsert{tx: tx, head: head, cols: cols}
}

// statement returns the INSERT of n rows.
func (b *batchInsert) statement(n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", b.cols), ", ") + ")"
	return b.head + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

// add queues one row (cols values) and writes a full batch.
func (b *batchInsert) add(ctx context.Context, values ...any) error {
	b.args = append(b.args, values...)
	if len(b.args) < batchRows*b.cols {
		return nil
	}
	if b.full == nil {
		st, err := b.tx.PrepareContext(ctx, b.statement(batchRows))
		if err != nil {
			return err
		}
		b.full = st
	}
	_, err := b.full.ExecContext(ctx, b.args...)
	b.args = b.args[:0]
	return err
}

// flush writes the rows queued since the last full batch and releases
// the prepared statement.
func (b *batchInsert) flush(ctx context.Context) error {
	defer b.close()
	if len(b.args) == 0 {
		return nil
	}
	_, err := b.tx.ExecContext(ctx, b.statement(len(b.args)/b.cols), b.args...)
	b.args = b.args[:0]
	return err
}

func (b *batchInsert) close() {
	if b.full != nil && !b.closed {
		b.full.Close()
		b.closed = true
	}
}
