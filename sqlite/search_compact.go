package sqlite

import (
	"context"
	"fmt"
)

// compactShare is the share of the base a run must have stored for
// CompactSearch to merge the search index: a merge rewrites the whole
// index, so a run pays for it only when it wrote a tenth of it or more.
const compactShare = 10

// CompactSearch merges the search index into one segment after a run
// that stored stored articles, when they are at least a tenth of the
// base and the index has more than one segment. Each transaction of an
// ingest writes a segment of its own and FTS5 merges them only by fours:
// a 100k base was left with ten, and every search seeks each word in
// each of them (a third of the CPU time of a common-word search page, at
// 100k reports, went to those seeks and walks). See ingest.SearchCompactor.
func (db *DB) CompactSearch(ctx context.Context, stored int) error {
	if stored <= 0 {
		return nil
	}
	var total int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&total); err != nil {
		return fmt.Errorf("compact search index: %w", err)
	}
	if stored*compactShare < total {
		return nil
	}
	segments, err := db.searchSegments(ctx)
	if err != nil || segments <= 1 {
		return err
	}
	if _, err := db.write.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("compact search index: %w", err)
	}
	return nil
}

// searchSegments is the number of segments of the search index, read from
// FTS5's structure record (row 10 of articles_fts_data: a 4-byte cookie,
// then the varints nLevel and nSegment).
func (db *DB) searchSegments(ctx context.Context) (int, error) {
	var rec []byte
	if err := db.read.QueryRowContext(ctx, `SELECT block FROM articles_fts_data WHERE id = 10`).Scan(&rec); err != nil {
		return 0, fmt.Errorf("read search index structure: %w", err)
	}
	i := 4
	var vals [2]uint64
	for k := range vals {
		v, n := ftsVarint(rec[min(i, len(rec)):])
		if n == 0 {
			return 0, fmt.Errorf("read search index structure: record of %d bytes cut short", len(rec))
		}
		vals[k], i = v, i+n
	}
	return int(vals[1]), nil
}

// ftsVarint decodes SQLite's big-endian varint (7 bits a byte, the ninth
// byte whole) at the start of b, and its length; 0 when b is cut short.
func ftsVarint(b []byte) (uint64, int) {
	var v uint64
	for k := 0; k < 9 && k < len(b); k++ {
		if k == 8 {
			return v<<8 | uint64(b[k]), 9
		}
		v = v<<7 | uint64(b[k]&0x7f)
		if b[k]&0x80 == 0 {
			return v, k + 1
		}
	}
	return 0, 0
}
