package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"attache"
)

// TestMentionsWrittenInBatches: storing an article that names one body
// thousands of times runs a few statements per batchRows mentions, not one
// per mention, and every mention reads back in order.
func TestMentionsWrittenInBatches(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const n = 2000
	e := attache.Entity{ID: "o1", Type: attache.Organization, Name: "Ministry of Defence"}
	for i := 0; i < n; i++ {
		e.Mentions = append(e.Mentions, attache.Mention{Start: 20 * i, End: 20*i + 19, Text: fmt.Sprint("Ministry ", i), Sentence: i / 100})
	}
	x := &attache.Extraction{Doc: "m", Entities: []attache.Entity{e}}

	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles (id, text) VALUES ('m', 'text')`); err != nil {
		t.Fatal(err)
	}
	s := newStmts(ctx, tx)
	defer s.close()
	if err := insertExtraction(s, "m", x); err != nil {
		t.Fatal(err)
	}
	if max := n/batchRows + 10; s.runs > max {
		t.Errorf("storing %d mentions ran %d statements, want at most %d", n, s.runs, max)
	}
	got, err := loadExtraction(ctx, tx, "m")
	if err != nil {
		t.Fatal(err)
	}
	ms := got.Entities[0].Mentions
	if len(ms) != n || ms[0] != e.Mentions[0] || ms[n-1] != e.Mentions[n-1] || ms[1234] != e.Mentions[1234] {
		t.Errorf("read back %d mentions, want %d in order", len(ms), n)
	}
}
