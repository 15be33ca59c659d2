package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"attache"
	"attache/export"
)

// checkCSV reads every table of a zip (or one csv file) with Python's csv
// module, strictly, and prints per table its header and row count; a row
// with another number of cells than the header fails.
const checkCSV = `
import csv, io, json, sys, zipfile
path, single = sys.argv[1], sys.argv[2]
def read(name, data):
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    head, body = rows[0], rows[1:]
    for i, r in enumerate(body):
        if len(r) != len(head):
            sys.exit("%s row %d has %d cells, header %d" % (name, i + 2, len(r), len(head)))
    return {"header": head, "rows": len(body), "cells": [c for r in body for c in r]}
out = {}
if single:
    out[single] = read(single, open(path, "rb").read())
else:
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            out[n[:-4]] = read(n, z.read(n))
json.dump(out, sys.stdout)
`

type csvTable struct {
	Header []string `json:"header"`
	Rows   int      `json:"rows"`
	Cells  []string `json:"cells"`
}

// TestCSVReadByPython writes all tables of the sample base as a zip and
// one table as plain csv; Python's csv module reads them back with the
// row counts of the base, and a cell with quotes and a comma intact.
func TestCSVReadByPython(t *testing.T) {
	py := needPython(t, "", "")
	ctx := context.Background()
	b := ingestBase(t, sampleDir)
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := export.WriteCSV(ctx, b.src, &buf, export.Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "all.zip")
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
	var tables map[string]csvTable
	must(t, json.Unmarshal([]byte(runPython(t, py, checkCSV, path, "")), &tables))
	if len(tables) != len(export.Tables) {
		t.Errorf("zip holds %d tables, want %d", len(tables), len(export.Tables))
	}

	evs, err := b.db.KBEvents(ctx, attache.KBEventFilter{})
	must(t, err)
	parts, srcs, deps := 0, 0, 0
	for _, e := range evs {
		parts += len(e.Participants)
		srcs += len(e.Sources)
		if e.Type == attache.EventDeployment {
			deps++
		}
	}
	people, _, err := b.db.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Person})
	must(t, err)
	orgs, _, err := b.db.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Organization})
	must(t, err)
	want := map[string]int{"events": len(evs), "participants": parts, "sources": srcs, "deployments": deps,
		"persons": len(people), "organisations": len(orgs)}
	for name, n := range want {
		if tables[name].Rows != n {
			t.Errorf("%s: %d rows, want %d", name, tables[name].Rows, n)
		}
	}
	if tables["events"].Rows == 0 || tables["persons"].Rows == 0 {
		t.Fatal("empty tables: nothing was checked")
	}
	found := false
	for _, c := range tables["persons"].Cells {
		if bytes.Contains([]byte(c), []byte(`Exported "Alias", Esq.`)) {
			found = true
		}
	}
	if !found {
		t.Error(`the alias with quotes and a comma did not come back whole`)
	}

	buf.Reset()
	if err := export.WriteCSV(ctx, b.src, &buf, export.Options{Table: "positions"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("entity_id,name,kind,value,as_of,former,article_id,confirmed\r\n")) {
		t.Errorf("positions table starts %.80q, want its header and CRLF", buf.String())
	}
	path = filepath.Join(dir, "positions.csv")
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
	tables = nil
	must(t, json.Unmarshal([]byte(runPython(t, py, checkCSV, path, "positions")), &tables))
	if tables["positions"].Rows == 0 || tables["positions"].Header[0] != "entity_id" {
		t.Errorf("positions table: %+v", tables["positions"].Header)
	}
	if err := export.WriteCSV(ctx, b.src, &buf, export.Options{Table: "nope"}); attache.ErrorCode(err) != attache.EINVALID {
		t.Errorf("unknown table: %v, want invalid", err)
	}
}
