package export

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"attache"
)

// The graphml export is the co-participation network: persons,
// organisations and states are typed nodes; two nodes are joined by an
// edge weighted by the events they share, with the first and last dates
// of those events. No well-kept Go library writes GraphML (gonum writes
// DOT and GEXF), so it is written here with encoding/xml; the attributes
// are declared with GraphML types (int, string, double) as Gephi and
// networkx read them.
//
// A network must be whole before it is written: the writer reads the
// events a page at a time but keeps the nodes and edges, which grow with
// the number of actors and pairs, not with the number of articles.

// graphNode is an actor of the network.
type graphNode struct {
	id, label, kind, country, rank string
	events                         int
}

// graphEdge is a pair of actors and the events they share.
type graphEdge struct {
	a, b        string
	weight      int
	first, last string
}

// WriteGraphML writes the co-participation network of the events
// opts.Filter selects.
func WriteGraphML(ctx context.Context, s Source, w io.Writer, opts Options) error {
	nodes := map[string]*graphNode{}
	edges := map[[2]string]*graphEdge{}
	n := 0
	err := s.eachEventPage(ctx, opts.Filter, func(page []attache.KBEvent, names map[string]attache.KBEntity) error {
		for i := range page {
			e := &page[i]
			actors := eventActors(e, names, nodes)
			day := dateStart(e.Date)
			for i, a := range actors {
				for _, b := range actors[i+1:] {
					k := [2]string{a, b}
					if b < a {
						k = [2]string{b, a}
					}
					g := edges[k]
					if g == nil {
						g = &graphEdge{a: k[0], b: k[1]}
						edges[k] = g
					}
					g.weight++
					if day != "" && (g.first == "" || day < g.first) {
						g.first = day
					}
					if day > g.last {
						g.last = day
					}
				}
			}
			n++
			opts.progress(kindEvent, n)
		}
		return nil
	}, true)
	if err != nil {
		return err
	}
	return encodeGraphML(w, nodes, edges)
}

// eventActors returns the node ids of event e's actors (persons,
// organisations and states, each once), adding new ones to nodes.
func eventActors(e *attache.KBEvent, names map[string]attache.KBEntity, nodes map[string]*graphNode) []string {
	var ids []string
	add := func(id string, mk func() *graphNode) {
		if slices.Contains(ids, id) {
			return
		}
		g := nodes[id]
		if g == nil {
			g = mk()
			nodes[id] = g
		}
		g.events++
		ids = append(ids, id)
	}
	for _, p := range e.Participants {
		ent, ok := names[p]
		switch {
		case !ok:
			continue
		case ent.Type == attache.Country && ent.Country != "":
			add(stateID(ent.Country), func() *graphNode { return stateNode(ent.Country) })
		case ent.Type == attache.Person || ent.Type == attache.Organization:
			add(p, func() *graphNode {
				return &graphNode{id: p, label: ent.Name, kind: string(ent.Type), country: ent.Country, rank: ent.Rank}
			})
		}
	}
	for _, c := range e.Countries {
		add(stateID(c), func() *graphNode { return stateNode(c) })
	}
	return ids
}

func stateID(code string) string { return "state:" + strings.ToUpper(code) }

func stateNode(code string) *graphNode {
	code = strings.ToUpper(code)
	return &graphNode{id: stateID(code), label: code, kind: "state", country: code}
}

// GraphML's XML shapes.
type (
	gmlDoc struct {
		XMLName xml.Name `xml:"graphml"`
		XMLNS   string   `xml:"xmlns,attr"`
		Keys    []gmlKey `xml:"key"`
		Graph   gmlGraph `xml:"graph"`
	}
	gmlKey struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	gmlGraph struct {
		ID          string    `xml:"id,attr"`
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []gmlNode `xml:"node"`
		Edges       []gmlEdge `xml:"edge"`
	}
	gmlNode struct {
		ID   string    `xml:"id,attr"`
		Data []gmlData `xml:"data"`
	}
	gmlEdge struct {
		ID     string    `xml:"id,attr"`
		Source string    `xml:"source,attr"`
		Target string    `xml:"target,attr"`
		Data   []gmlData `xml:"data"`
	}
	gmlData struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
)

// graphKeys declares the attributes; "label" and "weight" are the names
// Gephi takes for a node's label and an edge's weight.
var graphKeys = []gmlKey{
	{"label", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"country", "node", "country", "string"},
	{"rank", "node", "rank", "string"},
	{"events", "node", "events", "int"},
	{"weight", "edge", "weight", "double"},
	{"first", "edge", "first", "string"},
	{"last", "edge", "last", "string"},
}

// encodeGraphML writes the network, nodes and edges sorted by id so that
// the same base always gives the same file.
func encodeGraphML(w io.Writer, nodes map[string]*graphNode, edges map[[2]string]*graphEdge) error {
	doc := gmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns", Keys: graphKeys,
		Graph: gmlGraph{ID: "attache", EdgeDefault: "undirected"}}
	ids := make([]string, 0, len(nodes))
	for id := range nodes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		g := nodes[id]
		data := []gmlData{{"label", g.label}, {"type", g.kind}}
		if g.country != "" {
			data = append(data, gmlData{"country", g.country})
		}
		if g.rank != "" {
			data = append(data, gmlData{"rank", g.rank})
		}
		data = append(data, gmlData{"events", itoa(g.events)})
		doc.Graph.Nodes = append(doc.Graph.Nodes, gmlNode{ID: g.id, Data: data})
	}
	keys := make([][2]string, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]string) int {
		if c := strings.Compare(x[0], y[0]); c != 0 {
			return c
		}
		return strings.Compare(x[1], y[1])
	})
	for i, k := range keys {
		g := edges[k]
		data := []gmlData{{"weight", itoa(g.weight)}}
		if g.first != "" {
			data = append(data, gmlData{"first", g.first}, gmlData{"last", g.last})
		}
		doc.Graph.Edges = append(doc.Graph.Edges, gmlEdge{ID: fmt.Sprintf("e%d", i), Source: g.a, Target: g.b, Data: data})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// dateStart is the first day of an ISO date or range.
func dateStart(d string) string {
	start, _, _ := strings.Cut(d, "/")
	return start
}
