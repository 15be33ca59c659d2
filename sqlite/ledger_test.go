package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"attache"
	"attache/internal/sqlbase"
)

// The ledger page reads each unit's latest rotations from the index of
// migration 014, a few entries a unit, never the whole of kb_rotations
// (one row a deployment naming no unit: thousands in a large base). The
// writes' recounts name their indexes (INDEXED BY), which SQLite refuses
// to prepare when the index cannot answer them: a write proves them.
func TestLedgerReadsSeekTheirIndexes(t *testing.T) {
	ctx := context.Background()
	db := openKB(t)
	if _, err := db.write.ExecContext(ctx, `INSERT INTO kb_events (id, type, name, date, date_start, place, mission, unit, rotation, personnel, women)
		VALUES ('e1', 'deployment', '', '2024-05-06', '2024-05-06', '', 'UNMISS', 'Field Hospital Rotation 6', '6', 63, 12)`); err != nil {
		t.Fatalf("a deployment written through the rotations' triggers: %v", err)
	}
	var c conds
	q := sqlbase.LatestRotationsSQL(dialect(&c), sqlbase.UnitKey{Mission: "UNMISS", Unit: "Field Hospital"}, 30)
	plan := queryPlan(t, db, q, c.args...)
	if !strings.Contains(plan, "USING INDEX kb_rotations_latest (mkey=? AND unit=?)") || strings.Contains(plan, "SCAN kb_rotations") {
		t.Errorf("the latest rotations of a unit do not seek kb_rotations_latest:\n%s", plan)
	}
	var n int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM kb_rotation_totals WHERE mkey = 'UNMISS' AND unit = 'Field Hospital' AND year = '2024' AND personnel = 63`).Scan(&n); err != nil || n != 1 {
		t.Errorf("totals after the write: %d rows, %v", n, err)
	}
}

// TestLedgerOfMissionAndCountrySeeksTheMission: the ledger of one mission
// and one country reads the mission's deployments from their index
// (migration 017), not every deployment with a mission from the ledger's.
func TestLedgerOfMissionAndCountrySeeksTheMission(t *testing.T) {
	db := openKB(t)
	var c conds
	q := sqlbase.RotationsSQL(dialect(&c), attache.DeploymentFilter{Mission: "unmiss", Country: "VN"})
	plan := queryPlan(t, db, q, c.args...)
	if !strings.Contains(plan, "USING COVERING INDEX kb_events_ledger_mission (<expr>=?)") || strings.Contains(plan, "kb_events_ledger (") {
		t.Errorf("the ledger of a mission and a country does not seek the mission's deployments:\n%s", plan)
	}
}

// queryPlan is SQLite's plan of q, one step a line.
func queryPlan(t *testing.T, db *DB, q string, args ...any) string {
	t.Helper()
	rows, err := db.read.QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// TestMigration014FillsWhatTriggersKeep checks that migration 014, run on
// a base written before it, fills the rotations and their totals as the
// triggers keep them at each write: the ledger's units read after the
// migration equal those read before.
func TestMigration014FillsWhatTriggersKeep(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	k := &attache.Knowledge{}
	for i := range 12 {
		k.Events = append(k.Events, attache.KBEvent{ID: fmt.Sprintf("event:d%02d", i), Type: attache.EventDeployment,
			Date: fmt.Sprintf("20%d-0%d-01", 20+i%4, 1+i%9), Mission: []string{"UNMISS", "unmiss", "UNISFA"}[i%3],
			Unit: []string{"Field Hospital", fmt.Sprintf("Field Hospital Rotation %d", i%5), ""}[i%3], Rotation: fmt.Sprint(i % 5),
			Personnel: 10 * i, Women: i, Countries: []string{"VN"}})
	}
	k.Events[2].Rotation, k.Events[5].Rotation = "", ""
	if err := db.ReplaceKnowledge(ctx, k); err != nil {
		t.Fatal(err)
	}
	want, err := db.KBLedgerUnits(ctx, 3, 0)
	if err != nil || len(want.Units) < 2 {
		t.Fatalf("before: %+v, %v", want, err)
	}
	db = reopenAfter(t, db, path, []string{`DROP TABLE kb_rotation_totals`, `DELETE FROM schema_migrations WHERE version = 14`})
	defer db.Close()
	got, err := db.KBLedgerUnits(ctx, 3, 0)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after migrating: %+v, %v\nwant %+v", got, err, want)
	}
}

// TestFilteredLedgerSeeksItsRows: the ledger of one mission reads that
// mission's rotations from kb_rotations, and with a sending country the
// country's deployments once from the party rows (a list the ledger's
// range is checked against), rather than a look-up of each deployment's
// countries.
func TestFilteredLedgerSeeksItsRows(t *testing.T) {
	db := openKB(t)
	for _, c := range []struct {
		f    attache.DeploymentFilter
		want string
	}{
		{attache.DeploymentFilter{Mission: "unmiss"}, "SEARCH r USING PRIMARY KEY (mkey=?)"},
		{attache.DeploymentFilter{Mission: "unmiss", Country: "VN"}, "LIST SUBQUERY 1\nSEARCH p USING COVERING INDEX kb_event_parties_type_order (kind=? AND party=? AND type=?)"},
		{attache.DeploymentFilter{Country: "VN"}, "LIST SUBQUERY 1\nSEARCH p USING COVERING INDEX kb_event_parties_type_order (kind=? AND party=? AND type=?)"},
	} {
		var cs conds
		plan := queryPlan(t, db, sqlbase.RotationsSQL(dialect(&cs), c.f), cs.args...)
		if !strings.Contains(plan, c.want) || strings.Contains(plan, "SCAN e") || strings.Contains(plan, "CORRELATED") {
			t.Errorf("%+v: plan lacks %q:\n%s", c.f, c.want, plan)
		}
	}
}

// TestMissionCountryEventsReadNoEventOfTheCountryWhole: a country's
// deployments of one mission (the API's ledger rows) walk the country's
// party rows and check each against the mission's events, selected once
// from their index, instead of reading every event of the country.
func TestMissionCountryEventsReadNoEventOfTheCountryWhole(t *testing.T) {
	db := openKB(t)
	f := attache.KBEventFilter{Types: []attache.EventType{attache.EventDeployment}, Mission: "UNMISS", Countries: []string{"VN"}, Limit: 20}
	qs, err := db.eventQuery(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	q, args := eventsSQL(f, qs)
	plan := queryPlan(t, db, q, args...)
	if !strings.Contains(plan, "USING COVERING INDEX kb_events_mission (<expr>=?)") {
		t.Errorf("the mission's events are not selected from their index:\n%s", plan)
	}
}
