package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"attache"
	"attache/internal/sqlbase"
)

// bulkTables are the knowledge-base tables whose secondary indexes a large
// ReplaceKnowledge drops while it loads them and creates again after: a
// row inserted into a table with five indexes seeks into six B-trees at
// random places, where creating an index after the load sorts its keys
// once. The entity tables are left out: they are small, and the trigram
// indexes of their names are kept by triggers, not by indexes.
var bulkTables = []string{"kb_links", "kb_events", "kb_event_parties", "kb_event_pairs", "kb_event_sources", "kb_positions"}

// bulkRows is the fewest rows (links, events and their parties and
// sources) a ReplaceKnowledge writes for it to build the indexes after
// the load. Under it, dropping and creating them would change the schema
// (making every open connection prepare its statements again) to save
// little. A variable so that tests reach the bulk path with small bases.
var bulkRows = 20000

// knowledgeRows counts the rows k writes into bulkTables, roughly: its
// links, events, parties, sources and positions.
func knowledgeRows(k *attache.Knowledge) int {
	n := len(k.Links) + len(k.Events)
	for _, e := range k.Events {
		n += len(e.Participants) + len(e.Countries) + len(e.Sources)
	}
	for _, e := range k.Entities {
		n += len(e.Positions)
	}
	return n
}

// recountTriggers matches the names of the triggers that keep the
// ledger's tallies: those of kb_events that count a rotation again by
// seeking its group in an index (kb_rotations, migrations 011, 013 and
// 014), which without that index during a bulk load would read the whole
// table for each row, and those of kb_rotations that add each rotation
// to its unit's year (kb_rotation_totals, 014). A bulk load drops them
// with the indexes and counts once at its end (recountSQL), before it
// creates them again.
const recountTriggers = "kb_rotation%"

// recountTables are the tables whose recountTriggers a bulk load drops
// besides those of bulkTables.
var recountTables = []string{"kb_rotations"}

// rotationNumberSQL is SQLite's SQL of the ledger's rotation number
// (kb_rotations.rnum, migration 014): the rotation as a number when it
// is one above zero, sqlbase.NoRotationNumber else.
const rotationNumberSQL = `CASE WHEN trim(rotation) <> '' AND trim(rotation) NOT GLOB '*[^0-9]*' AND length(trim(rotation)) <= 9
	AND CAST(trim(rotation) AS INTEGER) > 0 THEN CAST(trim(rotation) AS INTEGER) ELSE 1073741824 END`

// recountSQL counts afresh what the recountTriggers keep.
var recountSQL = sqlbase.RotationRecountSQL(rotationNumberSQL)

// secondaryIndex is an index of a table as the schema records it, or a
// trigger that needs one (kind "trigger").
type secondaryIndex struct {
	kind, name, sql string
}

// dropIndexes drops the secondary indexes of bulkTables (those created by
// CREATE INDEX; primary keys and unique constraints stay, as upserts and
// triggers need them) and the recountTriggers, and returns them, indexes
// first, to be made again by createIndexes in the same transaction.
func dropIndexes(ctx context.Context, tx *sql.Tx) ([]secondaryIndex, error) {
	in := "'" + strings.Join(bulkTables, "', '") + "'"
	rin := "'" + strings.Join(append(slices.Clone(bulkTables), recountTables...), "', '") + "'"
	rows, err := tx.QueryContext(ctx, `SELECT type, name, sql FROM sqlite_master
		WHERE sql IS NOT NULL AND (type = 'index' AND tbl_name IN (`+in+`)
			OR type = 'trigger' AND tbl_name IN (`+rin+`) AND name LIKE ?) ORDER BY type, name`, recountTriggers)
	if err != nil {
		return nil, fmt.Errorf("list indexes: %w", err)
	}
	var idx []secondaryIndex
	for rows.Next() {
		var i secondaryIndex
		if err := rows.Scan(&i.kind, &i.name, &i.sql); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list indexes: %w", err)
		}
		idx = append(idx, i)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list indexes: %w", err)
	}
	for _, i := range idx {
		if _, err := tx.ExecContext(ctx, `DROP `+strings.ToUpper(i.kind)+` "`+i.name+`"`); err != nil {
			return nil, fmt.Errorf("drop %s %s: %w", i.kind, i.name, err)
		}
	}
	return idx, nil
}

// createIndexes creates again the indexes dropIndexes dropped, from the
// statements the schema recorded, counts again what the triggers keep,
// and creates the triggers again: after the count, which writes the
// very tables some of them follow.
func createIndexes(ctx context.Context, tx *sql.Tx, idx []secondaryIndex) error {
	if len(idx) == 0 {
		return nil
	}
	create := func(kind string) error {
		for _, i := range idx {
			if i.kind != kind {
				continue
			}
			if _, err := tx.ExecContext(ctx, i.sql); err != nil {
				return fmt.Errorf("create %s %s: %w", i.kind, i.name, err)
			}
		}
		return nil
	}
	if err := create("index"); err != nil {
		return err
	}
	for _, q := range recountSQL {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("recount rotations: %w", err)
		}
	}
	return create("trigger")
}
