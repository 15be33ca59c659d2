package postgres_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/internal/pgtest"
	"attache/internal/sqlbase"
	"attache/postgres"
)

// The ledger's reads and the recounts of its triggers (migration 009)
// seek their indexes rather than read whole tables: a unit's latest
// rotations (kb_rotations_latest), a rotation's deployments
// (kb_events_rotation, whose expressions the recount must repeat word
// for word), a unit's earliest date in a year (kb_rotations_cell) and
// a mission's deployments (kb_events_ledger_mission, migration 011). With sequential scans
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
	cell := `SELECT min(deployed) FROM kb_rotations WHERE mkey = $1 AND unit = $2 AND year = $3`
	var margs []any
	md := sqlbase.Dialect{Arg: func(v any) string { margs = append(margs, v); return fmt.Sprintf("$%d", len(margs)) }}
	missionCountry := sqlbase.RotationsSQL(md, attache.DeploymentFilter{Mission: "UNMISS", Country: "VN"})
	for _, c := range []struct {
		name, q, index, table string
		args                  []any
	}{
		{"latest rotations", latest, "kb_rotations_latest", "kb_rotations", args},
		{"a rotation's recount", recount, "kb_events_rotation", "kb_events", []any{"UNMISS", "Field Hospital", "6", ""}},
		{"a unit's year", cell, "kb_rotations_cell", "kb_rotations", []any{"UNMISS", "Field Hospital", "2024"}},
		{"a mission's ledger with a country", missionCountry, "kb_events_ledger_mission", "kb_events", margs},
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

// Migration 009, run on a base written before it, fills the rotations and
// their totals as the triggers keep them at each write: the ledger's
// units read after the migration equal those read before.
func TestMigration009FillsWhatTriggersKeep(t *testing.T) {
	ctx := context.Background()
	addr := pgtest.URL(t)
	s, err := postgres.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	k := &attache.Knowledge{}
	for i := range 12 {
		k.Events = append(k.Events, attache.KBEvent{ID: fmt.Sprintf("event:d%02d", i), Type: attache.EventDeployment,
			Date: fmt.Sprintf("20%d-0%d-01", 20+i%4, 1+i%9), Mission: []string{"UNMISS", "UNMISS", "UNISFA"}[i%3],
			Unit: []string{"Field Hospital", fmt.Sprintf("Field Hospital Rotation %d", i%5), ""}[i%3], Rotation: fmt.Sprint(i % 5),
			Personnel: 10 * i, Women: i, Participants: []string{}, Countries: []string{"VN"}})
	}
	k.Events[2].Rotation, k.Events[5].Rotation = "", ""
	// Written event by event, through the triggers (a replace counts
	// everything at its end).
	if err := s.PutKnowledge(ctx, k); err != nil {
		t.Fatal(err)
	}
	want, err := s.KBLedgerUnits(ctx, 3, 0)
	s.Close()
	if err != nil || len(want.Units) < 2 {
		t.Fatalf("before: %+v, %v", want, err)
	}
	exec(t, addr, `DROP TABLE kb_rotation_totals`,
		`DELETE FROM attache_migrations WHERE version = 9`)
	s, err = postgres.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.KBLedgerUnits(ctx, 3, 0)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after migrating: %+v, %v\nwant %+v", got, err, want)
	}
}
