package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"attache"
)

// pairKnowledge is a small knowledge base with three VN–RU events: a
// dated meeting, an agreement and an undated session of a numbered series
// that Laos also attends.
func pairKnowledge() *attache.Knowledge {
	return &attache.Knowledge{Events: []attache.KBEvent{
		{ID: "event:a#0", Type: "meeting", Date: "2024-01-02", Countries: []string{"VN", "RU"},
			Participants: []string{"person:x", "person:y"}, Sources: []attache.EventSource{{ArticleID: "a", Published: "2024-01-03"}}},
		{ID: "event:b#0", Type: "agreement", Date: "2025-03", Countries: []string{"RU", "VN"},
			Sources: []attache.EventSource{{ArticleID: "b", Published: "2025-03-04", Evidence: `They signed "it".`}}},
		{ID: "event:c#0", Type: "dialogue", Series: "defence strategy dialogue", Number: 7, Countries: []string{"VN", "RU", "LA"},
			Sources: []attache.EventSource{{ArticleID: "c"}}},
	}}
}

// tallyByCounting counts the pair's events as listed by KBEvents, to check
// the counters kept on write against.
func tallyByCounting(t *testing.T, db *DB, pair []string) map[string]map[string]int {
	t.Helper()
	evs, err := db.KBEvents(context.Background(), attache.KBEventFilter{Countries: pair})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]int{}
	for _, e := range evs {
		y := "undated"
		if len(e.Date) >= 4 {
			y = e.Date[:4]
		}
		if out[y] == nil {
			out[y] = map[string]int{}
		}
		out[y][string(e.Type)]++
	}
	return out
}

func tallyMap(t *testing.T, db *DB, pair []string) map[string]map[string]int {
	t.Helper()
	ys, err := db.KBEventTally(context.Background(), attache.KBEventFilter{Countries: pair})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]int{}
	for _, y := range ys {
		out[y.Year] = y.ByType
	}
	return out
}

func openKB(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// The pair tallies and the events' JSON details follow every write:
// a replace, a report that re-dates and re-types an event without
// repeating all its countries, and an empty replace.
func TestKnowledgePairTallyFollowsWrites(t *testing.T) {
	ctx := context.Background()
	db := openKB(t)
	pair := []string{"RU", "VN"}
	if err := db.ReplaceKnowledge(ctx, pairKnowledge()); err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]int{"2024": {"meeting": 1}, "2025": {"agreement": 1}, "undated": {"dialogue": 1}}
	if got := tallyMap(t, db, pair); !reflect.DeepEqual(got, want) {
		t.Errorf("after replace: tally %v, want %v", got, want)
	}
	if got := tallyMap(t, db, []string{"LA", "RU"}); !reflect.DeepEqual(got, map[string]map[string]int{"undated": {"dialogue": 1}}) {
		t.Errorf("after replace: LA-RU tally %v", got)
	}

	// A second report re-dates the meeting into 2025 and calls it a
	// visit, naming only Vietnam and one new participant.
	put := &attache.Knowledge{Events: []attache.KBEvent{{ID: "event:a#0", Type: "visit", Date: "2025-02-01",
		Countries: []string{"VN"}, Participants: []string{"person:z"},
		Sources: []attache.EventSource{{ArticleID: "d", Idx: 2, Published: "2025-02-02", Salience: "main"}}}}}
	if err := db.PutKnowledge(ctx, put); err != nil {
		t.Fatal(err)
	}
	want = map[string]map[string]int{"2025": {"agreement": 1, "visit": 1}, "undated": {"dialogue": 1}}
	if got := tallyMap(t, db, pair); !reflect.DeepEqual(got, want) {
		t.Errorf("after put: tally %v, want %v", got, want)
	}
	if got, counted := tallyMap(t, db, pair), tallyByCounting(t, db, pair); !reflect.DeepEqual(got, counted) {
		t.Errorf("after put: tally %v, counting the events %v", got, counted)
	}
	evs, err := db.KBEvents(ctx, attache.KBEventFilter{Countries: pair, Types: []attache.EventType{attache.EventVisit}, Limit: 5, Latest: true})
	if err != nil || len(evs) != 1 {
		t.Fatalf("latest visits: %+v, %v", evs, err)
	}
	e := evs[0]
	// A participant keeps its position in the report that added it
	// (person:z is first of its report); ties go by id.
	if !reflect.DeepEqual(e.Participants, []string{"person:x", "person:z", "person:y"}) ||
		!reflect.DeepEqual(e.Countries, []string{"VN", "RU"}) || len(e.Sources) != 2 ||
		e.Sources[1] != (attache.EventSource{ArticleID: "d", Idx: 2, Published: "2025-02-02", Salience: "main"}) {
		t.Errorf("re-dated event: %+v", e)
	}
	for _, tt := range []struct {
		name string
		f    attache.KBEventFilter
		want []string
	}{
		{"latest", attache.KBEventFilter{Countries: pair, Limit: 2, Latest: true}, []string{"event:a#0", "event:b#0"}},
		{"numbered", attache.KBEventFilter{Countries: pair, Numbered: true, Limit: 5, Latest: true}, []string{"event:c#0"}},
		{"agreements", attache.KBEventFilter{Countries: []string{"vn", "ru"}, Types: []attache.EventType{attache.EventAgreement}, Limit: 5, Latest: true}, []string{"event:b#0"}},
		{"from", attache.KBEventFilter{Countries: pair, From: "2025-03"}, []string{"event:b#0"}},
		{"entity", attache.KBEventFilter{EntityID: "person:z", From: "2025", To: "2025"}, []string{"event:a#0"}},
	} {
		evs, err := db.KBEvents(ctx, tt.f)
		var got []string
		for _, e := range evs {
			got = append(got, e.ID)
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}

	if err := db.ReplaceKnowledge(ctx, &attache.Knowledge{}); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM kb_pair_tally`).Scan(&n); err != nil || n != 0 {
		t.Errorf("after empty replace: %d tally rows, %v", n, err)
	}
}

// Migration 003 fills the new columns, counters and details of a
// knowledge base written before it: undone by hand, then re-applied on
// reopen, it must give back the same answers.
func TestKnowledgeMigration003Backfills(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.ReplaceKnowledge(ctx, pairKnowledge()); err != nil {
		t.Fatal(err)
	}
	pair := []string{"VN", "RU"}
	wantEvents, err := db.KBEvents(ctx, attache.KBEventFilter{Countries: pair})
	if err != nil {
		t.Fatal(err)
	}
	wantTally := tallyMap(t, db, pair)
	db = reopenAfter(t, db, path, []string{
		`DROP TRIGGER kb_pair_tally_insert`, `DROP TRIGGER kb_pair_tally_delete`, `DROP TRIGGER kb_pair_tally_update`,
		`DROP TABLE kb_pair_tally`, `DROP INDEX kb_event_pairs_date`, `DROP INDEX kb_event_pairs_type`,
		`DROP INDEX kb_event_pairs_numbered`, `DROP INDEX articles_source_published`,
		`ALTER TABLE kb_event_pairs DROP COLUMN type`, `ALTER TABLE kb_event_pairs DROP COLUMN numbered`,
		`ALTER TABLE kb_events DROP COLUMN details`, `DELETE FROM schema_migrations WHERE version = 3`,
	})
	defer db.Close()
	gotEvents, err := db.KBEvents(ctx, attache.KBEventFilter{Countries: pair})
	if err != nil || !reflect.DeepEqual(gotEvents, wantEvents) {
		t.Errorf("after migrating: events %+v, %v; want %+v", gotEvents, err, wantEvents)
	}
	if got := tallyMap(t, db, pair); !reflect.DeepEqual(got, wantTally) {
		t.Errorf("after migrating: tally %v, want %v", got, wantTally)
	}
	evs, err := db.KBEvents(ctx, attache.KBEventFilter{Countries: pair, Types: []attache.EventType{attache.EventAgreement}, Limit: 1, Latest: true})
	if err != nil || len(evs) != 1 || evs[0].ID != "event:b#0" {
		t.Errorf("after migrating: agreements %+v, %v", evs, err)
	}
}

// reopenAfter runs undo (statements that take back a migration and its
// record) on db, closes it and opens path again, which applies the
// migration anew.
func reopenAfter(t *testing.T, db *DB, path string, undo []string) *DB {
	t.Helper()
	ctx := context.Background()
	for _, q := range undo {
		if _, err := db.write.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	return db
}
