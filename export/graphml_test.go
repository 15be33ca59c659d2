package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"attache"
	"attache/export"
)

// readGraphML reads a GraphML file with networkx and prints its nodes
// and edges with their attributes as networkx typed them.
const readGraphML = `
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
def typed(d):
    return {k: [type(v).__name__, v] for k, v in d.items()}
json.dump({
    "directed": g.is_directed(),
    "nodes": {n: typed(d) for n, d in g.nodes(data=True)},
    "edges": [[a, b, typed(d)] for a, b, d in g.edges(data=True)],
}, sys.stdout)
`

type typedAttrs map[string][2]any

// TestGraphMLReadByNetworkx writes the sample base's network and reads it
// with networkx.read_graphml: every node is typed, counts are ints and
// weights floats (as Gephi takes them), and the weight of the AU–JP edge
// is the number of events the two states share.
func TestGraphMLReadByNetworkx(t *testing.T) {
	py := needPython(t, "networkx", "python3-networkx")
	ctx := context.Background()
	b := ingestBase(t, sampleDir)
	var buf bytes.Buffer
	if err := export.WriteGraphML(ctx, b.src, &buf, export.Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "net.graphml")
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
	var g struct {
		Directed bool                  `json:"directed"`
		Nodes    map[string]typedAttrs `json:"nodes"`
		Edges    [][3]json.RawMessage  `json:"edges"`
	}
	must(t, json.Unmarshal([]byte(runPython(t, py, readGraphML, path)), &g))
	if g.Directed || len(g.Nodes) < 10 || len(g.Edges) < 10 {
		t.Fatalf("network: directed %v, %d nodes, %d edges", g.Directed, len(g.Nodes), len(g.Edges))
	}
	for id, attrs := range g.Nodes {
		kind := attrs["type"]
		if !slices.Contains([]any{"person", "organization", "state"}, kind[1]) || attrs["label"][1] == "" {
			t.Errorf("node %s: %v", id, attrs)
		}
		if attrs["events"][0] != "int" {
			t.Errorf("node %s: events is %v, want an int", id, attrs["events"])
		}
	}
	evs, err := b.db.KBEvents(ctx, attache.KBEventFilter{Countries: []string{"AU", "JP"}})
	must(t, err)
	if len(evs) == 0 {
		t.Fatal("no AU–JP event in the sample base")
	}
	found := false
	for _, e := range g.Edges {
		var a, z string
		var attrs typedAttrs
		must(t, json.Unmarshal(e[0], &a))
		must(t, json.Unmarshal(e[1], &z))
		must(t, json.Unmarshal(e[2], &attrs))
		if attrs["weight"][0] != "float" {
			t.Errorf("edge %s–%s: weight %v, want a float", a, z, attrs["weight"])
		}
		if (a == "state:AU" && z == "state:JP") || (a == "state:JP" && z == "state:AU") {
			found = true
			if attrs["weight"][1] != float64(len(evs)) {
				t.Errorf("AU–JP weight %v, want the %d events they share", attrs["weight"][1], len(evs))
			}
		}
	}
	if !found {
		t.Error("no AU–JP edge")
	}
}
