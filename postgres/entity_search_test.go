package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"attache/internal/pgtest"
	"attache/postgres"
)

// The entity filter's test on part of a name (LIKE '%part%' on folded
// keys) can be answered from the trigram indexes of migration 007 rather
// than by reading every entity and alias: with sequential scans turned
// off, the planner reaches for them. (On a tiny table it would rightly
// prefer a scan, so the plan is asked without that choice.)
func TestNamePartUsesTrigramIndexes(t *testing.T) {
	ctx := context.Background()
	addr := pgtest.URL(t)
	s, err := postgres.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `SET enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	rows, err := conn.Query(ctx, `EXPLAIN SELECT e.id FROM kb_entities e WHERE `+postgres.NameMatchCond("$1"), "%van gia%")
	if err != nil {
		t.Fatal(err)
	}
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, line)
	}
	rows.Close()
	text := strings.Join(plan, "\n")
	for _, index := range []string{"kb_entities_key_trgm", "kb_aliases_key_trgm"} {
		if !strings.Contains(text, index) {
			t.Errorf("plan does not use %s:\n%s", index, text)
		}
	}
	if strings.Contains(text, "Seq Scan") {
		t.Errorf("plan reads a whole table:\n%s", text)
	}
}
