package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"attache"
)

// TestMigration008FillsWhatWritesKeep checks that migration 008, run on
// a base written before it, fills the parties' copies of the type, the
// brief details, the counts of sources and of pairs as the knowledge
// writes keep them: lists read after the migration equal those read
// from a base written with it.
func TestMigration008FillsWhatWritesKeep(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	k := &attache.Knowledge{}
	for i := range 4 {
		ev := attache.KBEvent{ID: fmt.Sprintf("event:m%d", i), Type: attache.EventMeeting, Date: fmt.Sprintf("2024-0%d-01", i+1),
			Participants: []string{"person:p"}, Countries: []string{"VN", "RU", "LA"}[:2+i%2]}
		if i%2 == 1 {
			ev.Type = attache.EventAgreement
		}
		for j := range 3 * i {
			ev.Sources = append(ev.Sources, attache.EventSource{ArticleID: fmt.Sprintf("a%d", j), Published: fmt.Sprintf("2024-05-%02d", 20-j)})
		}
		k.Events = append(k.Events, ev)
	}
	if err := db.ReplaceKnowledge(ctx, k); err != nil {
		t.Fatal(err)
	}
	read := func() (brief, typed []attache.KBEvent, pairs []attache.PairCount) {
		t.Helper()
		var errs [3]error
		brief, errs[0] = db.KBEvents(ctx, attache.KBEventFilter{Brief: true})
		typed, errs[1] = db.KBEvents(ctx, attache.KBEventFilter{Countries: []string{"LA"}, Types: []attache.EventType{attache.EventAgreement}, Brief: true})
		pairs, errs[2] = db.KBPairCounts(ctx, "", 0)
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		return brief, typed, pairs
	}
	wantBrief, wantTyped, wantPairs := read()
	if len(wantTyped) != 2 || wantBrief[3].SourceCount != 9 || len(wantBrief[3].Sources) != attache.BriefSources {
		t.Fatalf("before: brief %+v, typed %+v", wantBrief, wantTyped)
	}
	db = reopenAfter(t, db, path, []string{
		`DROP TRIGGER kb_pair_total_insert`, `DROP TRIGGER kb_pair_total_delete`, `DROP TRIGGER kb_pair_total_update`,
		`DROP TABLE kb_pair_total`, `DROP INDEX kb_events_mission`, `DROP INDEX kb_event_sources_order`,
		`DROP INDEX kb_event_parties_type_order`, `ALTER TABLE kb_event_parties DROP COLUMN type`,
		`ALTER TABLE kb_events DROP COLUMN brief`, `ALTER TABLE kb_events DROP COLUMN sources_n`,
		`DELETE FROM schema_migrations WHERE version = 8`,
	})
	defer db.Close()
	brief, typed, pairs := read()
	if !reflect.DeepEqual(brief, wantBrief) || !reflect.DeepEqual(typed, wantTyped) || !reflect.DeepEqual(pairs, wantPairs) {
		t.Errorf("after migrating:\n brief %+v\n typed %+v\n pairs %+v\nwant\n %+v\n %+v\n %+v", brief, typed, pairs, wantBrief, wantTyped, wantPairs)
	}
}
