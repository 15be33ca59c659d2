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

// expandJSONLD expands a document with pyld, the schema.org context read
// from the test data instead of the network, and prints the number of
// nodes of each type and every property value of the document that did
// not survive the expansion.
const expandJSONLD = `
import json, sys
from pyld import jsonld
ctx = json.load(open(sys.argv[1]))
def loader(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": ctx}
    raise Exception("no network: " + url)
jsonld.set_document_loader(loader)
doc = json.load(open(sys.argv[2]))
expanded = jsonld.expand(doc)
SDO = "http://schema.org/"
def values(node, keyof, out):
    if isinstance(node, list):
        for x in node: values(x, keyof, out)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k.startswith("@"):
                if k in ("@graph", "@list"): values(v, keyof, out)
                continue
            out[keyof(k)] = out.get(keyof(k), 0) + (len(v) if isinstance(v, list) else 1)
            values(v, keyof, out)
written, kept = {}, {}
values(doc["@graph"], lambda k: SDO + k, written)
values(expanded, lambda k: k, kept)
dropped = {k: n - kept.get(k, 0) for k, n in written.items() if kept.get(k, 0) != n}
types = {}
for node in expanded:
    for t in node.get("@type", []):
        types[t[len(SDO):]] = types.get(t[len(SDO):], 0) + 1
dates = [v["@type"] for node in expanded for v in node.get(SDO + "startDate", [])]
json.dump({"types": types, "dropped": dropped, "unknown": sorted(k for k in kept if not k.startswith(SDO)),
           "date_types": sorted(set(dates))}, sys.stdout)
`

// TestJSONLDExpandsWithPyld writes the sample base as JSON-LD and expands
// it with pyld: no property value is dropped, every node keeps its
// schema.org type, and dates are typed schema:Date.
func TestJSONLDExpandsWithPyld(t *testing.T) {
	py := needPython(t, "pyld", "python3-pyld")
	ctx := context.Background()
	b := ingestBase(t, sampleDir)
	var buf bytes.Buffer
	if err := export.WriteJSONLD(ctx, b.src, &buf, export.Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "base.jsonld")
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
	var got struct {
		Types     map[string]int `json:"types"`
		Dropped   map[string]int `json:"dropped"`
		Unknown   []string       `json:"unknown"`
		DateTypes []string       `json:"date_types"`
	}
	must(t, json.Unmarshal([]byte(runPython(t, py, expandJSONLD, "testdata/schemaorg-context.jsonld", path)), &got))
	if len(got.Dropped) > 0 || len(got.Unknown) > 0 {
		t.Errorf("expansion dropped %v, left outside schema.org %v", got.Dropped, got.Unknown)
	}
	evs, err := b.db.KBEvents(ctx, attache.KBEventFilter{})
	must(t, err)
	people, _, err := b.db.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Person})
	must(t, err)
	_, arts, err := b.db.FindArticles(ctx, attache.ArticleFilter{Limit: 1})
	must(t, err)
	if got.Types["Event"] != len(evs) || got.Types["Person"] != len(people) || got.Types["NewsArticle"] != arts {
		t.Errorf("types %v, want %d events, %d persons, %d articles", got.Types, len(evs), len(people), arts)
	}
	if len(got.DateTypes) != 1 || got.DateTypes[0] != "http://schema.org/Date" {
		t.Errorf("start dates typed %v, want schema:Date", got.DateTypes)
	}
}

// TestJSONLDCheckerSeesDrops feeds the checker a document whose headline
// is null, which expansion drops: the checker must report it.
func TestJSONLDCheckerSeesDrops(t *testing.T) {
	py := needPython(t, "pyld", "python3-pyld")
	path := filepath.Join(t.TempDir(), "bad.jsonld")
	must(t, os.WriteFile(path, []byte(`{"@context": "https://schema.org", "@graph": [
		{"@id": "urn:attache:article:x", "@type": "NewsArticle", "headline": null, "name": "x"}]}`), 0o644))
	var got struct {
		Dropped map[string]int `json:"dropped"`
	}
	must(t, json.Unmarshal([]byte(runPython(t, py, expandJSONLD, "testdata/schemaorg-context.jsonld", path)), &got))
	if got.Dropped["http://schema.org/headline"] != 1 {
		t.Errorf("dropped %v, want the null headline", got.Dropped)
	}
}
