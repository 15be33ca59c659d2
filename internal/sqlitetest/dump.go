// Package sqlitetest reads the file of a SQLite store directly, for tests
// that compare what two runs wrote, however each wrote it.
package sqlitetest

import (
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"testing"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// knowledgeTables are the tables that hold the knowledge base.
var knowledgeTables = []string{"kb_entities", "kb_aliases", "kb_positions", "kb_links", "kb_events",
	"kb_event_parties", "kb_event_sources", "kb_event_pairs", "kb_pair_tally"}

// DumpKnowledge returns every row of the knowledge-base tables of the
// SQLite file at path, read only: a line a row, table by table, each
// table's rows sorted and counted after them; n is the number of rows.
func DumpKnowledge(t testing.TB, path string) (dump string, n int) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=query_only(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b strings.Builder
	for _, table := range knowledgeTables {
		lines := tableLines(t, db, table)
		sort.Strings(lines)
		b.WriteString(strings.Join(lines, "\n"))
		fmt.Fprintf(&b, "\n%s: %d rows\n", table, len(lines))
		n += len(lines)
	}
	return b.String(), n
}

// tableLines returns the rows of a table as tab-separated lines, each
// led by the table's name.
func tableLines(t testing.TB, db *sql.DB, table string) []string {
	t.Helper()
	rows, err := db.Query("SELECT * FROM " + table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		cells := make([]string, len(vals))
		for i, v := range vals {
			if bs, ok := v.([]byte); ok {
				v = string(bs)
			}
			cells[i] = fmt.Sprint(v)
		}
		lines = append(lines, table+"\t"+strings.Join(cells, "\t"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}
