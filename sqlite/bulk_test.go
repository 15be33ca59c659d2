package sqlite

import (
	"context"
	"reflect"
	"testing"

	"attache"
	"attache/storetest"
)

// TestKnowledgeContractBulk runs the knowledge-store contract with every
// ReplaceKnowledge taking the bulk path (indexes dropped during the load
// and made again after), so that both paths keep the same contract.
func TestKnowledgeContractBulk(t *testing.T) {
	defer func(n int) { bulkRows = n }(bulkRows)
	bulkRows = 0
	storetest.RunKnowledge(t, func(t *testing.T) storetest.KnowledgeStore {
		return openKB(t)
	})
}

// TestBulkReplaceKeepsIndexes checks that a bulk ReplaceKnowledge leaves
// the schema's indexes as the migrations made them, and the same
// knowledge base (events with their details, tallies) as a write row by
// row.
func TestBulkReplaceKeepsIndexes(t *testing.T) {
	defer func(n int) { bulkRows = n }(bulkRows)
	ctx := context.Background()
	k := &attache.Knowledge{
		Entities: []attache.KBEntity{{ID: "p1", Type: attache.Person, Name: "Nguyen Van An", Country: "VN",
			Positions: []attache.Position{{Kind: "rank", Value: "General", AsOf: "2024-01-02", ArticleID: "a1"}}}},
		Links: []attache.EntityLink{{ArticleID: "a1", EntityIdx: 0, EntityID: "p1", Name: "Nguyen Van An"}},
		Events: []attache.KBEvent{{ID: "ev1", Type: "meeting", Date: "2024-01-02", Participants: []string{"p1"},
			Countries: []string{"VN", "LA", "KH"}, Sources: []attache.EventSource{{ArticleID: "a1", Idx: 0, Published: "2024-01-02", Evidence: "They met."}}},
			// Two deployments of one rotation and one that is its own:
			// the bulk path counts kb_rotations once at its end.
			{ID: "ev2", Type: "deployment", Date: "2024-03-01", Mission: "UNMISS", Unit: "Level-2 Field Hospital", Rotation: "6", Personnel: 63, Countries: []string{"VN"}},
			{ID: "ev3", Type: "deployment", Date: "2024-02-20", Mission: "unmiss", Unit: "Level-2 Field Hospital", Rotation: "6", Women: 10, Countries: []string{"VN"}},
			{ID: "ev4", Type: "deployment", Date: "2024-05-11", Mission: "UNISFA", Countries: []string{"VN"}},
			// The previous rotation, its number kept in the unit's name.
			{ID: "ev5", Type: "deployment", Date: "2023-02-01", Mission: "UNMISS", Unit: "Level-2 Field Hospital Rotation 5", Rotation: "5", Personnel: 60, Countries: []string{"VN"}}},
	}
	write := func(rows int) (*DB, []secondaryIndex) {
		bulkRows = rows
		db := openKB(t)
		before := schemaIndexes(t, db)
		if err := db.ReplaceKnowledge(ctx, k); err != nil {
			t.Fatal(err)
		}
		if after := schemaIndexes(t, db); !reflect.DeepEqual(after, before) {
			t.Errorf("indexes after a replace (bulk from %d rows):\n%v\nwant\n%v", rows, after, before)
		}
		return db, before
	}
	bulk, idx := write(0)
	plain, _ := write(1 << 30)
	if len(idx) == 0 {
		t.Fatal("no secondary index found on the knowledge-base tables")
	}
	if idx[len(idx)-1].kind != "trigger" {
		t.Errorf("the bulk path drops no trigger that counts rotations again: %v", idx)
	}
	for _, q := range []string{`SELECT id || details || brief || sources_n FROM kb_events ORDER BY id`,
		`SELECT a || b || n FROM kb_pair_total ORDER BY a, b`,
		`SELECT kind || party || year || type || n FROM kb_party_tally ORDER BY 1`,
		`SELECT year || type || n FROM kb_event_tally ORDER BY 1`,
		`SELECT mkey || unit || rotation || solo || mission || deployed || personnel || women || n || ev || rnum || year FROM kb_rotations ORDER BY 1`,
		`SELECT mkey || unit || year || first || personnel || women || n FROM kb_rotation_totals ORDER BY 1`} {
		if got, want := column(t, bulk, q), column(t, plain, q); !reflect.DeepEqual(got, want) || len(want) == 0 {
			t.Errorf("%s: bulk %q, row by row %q", q, got, want)
		}
	}
}

// schemaIndexes lists the secondary indexes of the bulk tables.
func schemaIndexes(t *testing.T, db *DB) []secondaryIndex {
	t.Helper()
	tx, err := db.write.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	// dropIndexes lists before it drops; the rollback undoes the drop.
	idx, err := dropIndexes(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	return idx
}

// column returns the one text column query selects, row by row.
func column(t *testing.T, db *DB, query string) []string {
	t.Helper()
	rows, err := db.read.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}
