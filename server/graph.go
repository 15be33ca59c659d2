package server

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/layout"
	"gonum.org/v1/gonum/graph/simple"
)

// graphNode is an entity in a co-participant network.
type graphNode struct {
	Name string
	URL  string // its profile page
	Self bool   // the entity whose profile this is
}

// graphEdge links two nodes (indexes into the node list) with a weight:
// how many events they took part in together.
type graphEdge struct {
	A, B   int
	Weight int
}

// networkSVG lays the network out with gonum's Eades force-directed
// algorithm (seeded, so the same data always gives the same picture) and
// draws it as SVG. Labels are escaped here because the result is inlined
// as trusted HTML.
func networkSVG(nodes []graphNode, edges []graphEdge) template.HTML {
	if len(nodes) == 0 {
		return ""
	}
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range nodes {
		g.AddNode(simple.Node(i))
	}
	for _, e := range edges {
		if e.A == e.B || e.A < 0 || e.B < 0 || e.A >= len(nodes) || e.B >= len(nodes) {
			continue
		}
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(e.A), simple.Node(e.B), float64(e.Weight)))
	}
	eades := layout.EadesR2{Repulsion: 1, Rate: 0.05, Updates: 60, Theta: 0.2, Src: rand.NewPCG(1, 2)}
	opt := layout.NewOptimizerR2(orderedGraph{g}, eades.Update)
	for opt.Update() {
	}
	// Scale the layout into the picture, leaving room for labels.
	const w, h, pad = 720.0, 420.0, 60.0
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	pos := make([][2]float64, len(nodes))
	for i := range nodes {
		c := opt.Coord2(int64(i))
		pos[i] = [2]float64{c.X, c.Y}
		minX, maxX = math.Min(minX, c.X), math.Max(maxX, c.X)
		minY, maxY = math.Min(minY, c.Y), math.Max(maxY, c.Y)
	}
	scale := func(v, lo, hi, size float64) float64 {
		if hi-lo < 1e-9 {
			return size / 2
		}
		return pad + (v-lo)/(hi-lo)*(size-2*pad)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="group" aria-label="co-participant network">`, w, h, w, h)
	for _, e := range edges {
		if e.A == e.B || e.A < 0 || e.B < 0 || e.A >= len(nodes) || e.B >= len(nodes) {
			continue
		}
		fmt.Fprintf(&b, `<line class="edge" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke-width="%.1f"/>`,
			scale(pos[e.A][0], minX, maxX, w), scale(pos[e.A][1], minY, maxY, h),
			scale(pos[e.B][0], minX, maxX, w), scale(pos[e.B][1], minY, maxY, h), math.Min(1+float64(e.Weight-1), 6))
	}
	for i, n := range nodes {
		x, y := scale(pos[i][0], minX, maxX, w), scale(pos[i][1], minY, maxY, h)
		class, r := "node", 6.0
		if n.Self {
			class, r = "node self", 9.0
		}
		fmt.Fprintf(&b, `<a href="%s"><circle class="%s" cx="%.1f" cy="%.1f" r="%.0f"><title>%s</title></circle>`+
			`<text x="%.1f" y="%.1f" text-anchor="middle">%s</text></a>`,
			html.EscapeString(n.URL), class, x, y, r, html.EscapeString(n.Name), x, y-r-4, html.EscapeString(shorten(n.Name, 28)))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// shorten cuts long labels at a rune boundary.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// orderedGraph lists nodes in id order. The simple graphs keep nodes in
// maps, whose random order would make the seeded layout differ between
// runs; the same data should always give the same picture.
type orderedGraph struct {
	*simple.WeightedUndirectedGraph
}

// Nodes returns the nodes in id order.
func (g orderedGraph) Nodes() graph.Nodes { return sorted(g.WeightedUndirectedGraph.Nodes()) }

// From returns the neighbours of id in id order.
func (g orderedGraph) From(id int64) graph.Nodes { return sorted(g.WeightedUndirectedGraph.From(id)) }

func sorted(it graph.Nodes) graph.Nodes {
	ns := graph.NodesOf(it)
	sort.Slice(ns, func(i, j int) bool { return ns[i].ID() < ns[j].ID() })
	return iterator.NewOrderedNodes(ns)
}
