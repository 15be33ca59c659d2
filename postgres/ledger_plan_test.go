package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"attache/internal/pgtest"
	"attache/internal/sqlbase"
	"attache/postgres"
)

// The ledger's reads and the recounts of its triggers (migration 009)
// seek their indexes rather than read whole tables: a unit's latest
// rotations (kb_rotations_latest), a rotation's deployments
// (kb_events_rotation, whose expressions the recount must repeat word
// for word) and a unit's year (kb_rotations_cell). With sequential scans
// turned off, as in the trigram test, the planner shows whether it can.
func TestLedgerPlansUseTheirIndexes(t *testing.T) {
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
	var args []any
	d := sqlbase.Dialect{Arg: func(v any) string { args = append(args, v); return fmt.Sprintf("$%d", len(args)) }}
	latest := sqlbase.LatestRotationsSQL(d, sqlbase.UnitKey{Mission: "UNMISS", Unit: "Field Hospital"}, 30)
	recount := `SELECT min(mission), count(*) FROM kb_events WHERE type = 'deployment' AND mission > ''
		AND upper(trim(mission)) = $1 AND (` + sqlbase.UnitKeySQL("unit", "rotation") + `) = $2 AND rotation = $3
		AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = $4`
	cell := `SELECT sum(personnel) FROM kb_rotations WHERE mkey = $1 AND unit = $2 AND year = $3`
	for _, c := range []struct {
		name, q, index, table string
		args                  []any
	}{
		{"latest rotations", latest, "kb_rotations_latest", "kb_rotations", args},
		{"a rotation's recount", recount, "kb_events_rotation", "kb_events", []any{"UNMISS", "Field Hospital", "6", ""}},
		{"a unit's year", cell, "kb_rotations_cell", "kb_rotations", []any{"UNMISS", "Field Hospital", "2024"}},
	} {
		plan := explain(t, conn, c.q, c.args...)
		if !strings.Contains(plan, c.index) || strings.Contains(plan, "Seq Scan on "+c.table+" ") {
			t.Errorf("%s: the plan does not use %s:\n%s", c.name, c.index, plan)
		}
		// Every key column is sought, none filtered after the seek: the
		// plan shows each argument's value in the index's condition.
		var conds string
		for _, line := range strings.Split(plan, "\n") {
			if strings.Contains(line, "Index Cond:") {
				conds += line
			}
		}
		for _, a := range c.args {
			if v, ok := a.(string); ok && !strings.Contains(conds, "'"+v+"'::text") {
				t.Errorf("%s: the index is not sought on %q:\n%s", c.name, v, plan)
			}
		}
	}
}

// explain is PostgreSQL's plan of q, one line a step.
func explain(t *testing.T, conn *pgx.Conn, q string, args ...any) string {
	t.Helper()
	rows, err := conn.Query(context.Background(), `EXPLAIN `+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, line)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(plan, "\n")
}
