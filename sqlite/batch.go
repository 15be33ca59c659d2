package sqlite

import (
	"strings"
)

// batchRows is how many rows one INSERT of a batchInsert writes. One
// statement per row made storing an article that names one body
// thousands of times (a hostile text, a long report) take longer than
// extracting it; SQLite takes 32766 parameters per statement.
const batchRows = 64

// batchInsert writes rows of one table many at a time through a
// transaction's statements: add collects them, flush writes what is left.
// Each statement (of batchRows rows, and the shorter last one of a flush,
// of at most batchRows lengths) is prepared once per transaction (stmts
// caches it): a batch of articles flushes once per article, and parsing
// that last statement again each time was a quarter of storing mentions.
type batchInsert struct {
	s    *stmts
	head string // "INSERT INTO t (a, b) VALUES "
	cols int
	full string // the statement of batchRows rows
	args []any
}

func newBatchInsert(s *stmts, head string, cols int) *batchInsert {
	b := &batchInsert{s: s, head: head, cols: cols}
	b.full = b.statement(batchRows)
	return b
}

// statement returns the INSERT of n rows.
func (b *batchInsert) statement(n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", b.cols), ", ") + ")"
	return b.head + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

// add queues one row (cols values) and writes a full batch.
func (b *batchInsert) add(values ...any) error {
	b.args = append(b.args, values...)
	if len(b.args) < batchRows*b.cols {
		return nil
	}
	err := b.s.exec(b.full, b.args...)
	b.args = b.args[:0]
	return err
}

// flush writes the rows queued since the last full batch.
func (b *batchInsert) flush() error {
	if len(b.args) == 0 {
		return nil
	}
	err := b.s.exec(b.statement(len(b.args)/b.cols), b.args...)
	b.args = b.args[:0]
	return err
}
