package server

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"
	"unicode/utf8"
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

// The network is drawn radially: the entity in the middle, its
// co-participants around it, the strongest ties first (clockwise from the
// top) and, when there are many, on two alternating rings. Every label is
// written outwards from its node, and a label that would overlap one
// already placed pushes its node further out until it is clear: however
// many partners, no two labels cover each other. The picture grows to fit.
const (
	ringRadius = 150.0 // the first ring
	ringStep   = 46.0  // the second ring, and each push outwards
	labelChars = 28    // labels longer than this are cut
	charWidth  = 6.2   // px per character at the 11 px label font (an upper estimate)
	labelH     = 14.0  // px per label line
	graphPad   = 12.0
)

// placed is a node of the laid-out network: its position and its label's
// box (x0, y0, x1, y1) and anchor.
type placed struct {
	X, Y   float64
	Label  string
	Anchor string // start, middle or end
	Box    [4]float64
}

// layoutNetwork places nodes (nodes[0] is the entity itself when Self; the
// others in order of tie strength) so that no two label boxes overlap.
func layoutNetwork(nodes []graphNode) []placed {
	out := make([]placed, len(nodes))
	var boxes [][4]float64
	others := 0
	for i := range nodes {
		if !nodes[i].Self {
			others++
		}
	}
	k := 0
	for i, n := range nodes {
		label := shorten(n.Name, labelChars)
		if n.Self {
			p := placed{Label: label, Anchor: "middle"}
			p.Box = labelBox(p.X, p.Y-labelH, label, "middle")
			out[i] = p
			boxes = append(boxes, p.Box, [4]float64{-10, -10, 10, 10})
			continue
		}
		angle := -math.Pi/2 + 2*math.Pi*float64(k)/float64(max(others, 1))
		r := ringRadius
		if others > 12 && k%2 == 1 {
			r += ringStep // alternate rings when the circle is crowded
		}
		k++
		dx, dy := math.Cos(angle), math.Sin(angle)
		anchor := "middle"
		switch {
		case dx > 0.25:
			anchor = "start"
		case dx < -0.25:
			anchor = "end"
		}
		var p placed
		for try := 0; ; try++ {
			x, y := r*dx, r*dy
			lx, ly := x+dx*10, y+dy*10+4 // the label just outside the node
			if anchor == "middle" && dy < 0 {
				ly -= 6
			} else if anchor == "middle" {
				ly += 8
			}
			p = placed{X: x, Y: y, Label: label, Anchor: anchor, Box: labelBox(lx, ly, label, anchor)}
			dot := [4]float64{x - 8, y - 8, x + 8, y + 8}
			if (!overlapsAny(p.Box, boxes) && !overlapsAny(dot, boxes)) || try == 200 {
				break
			}
			r += ringStep / 3
		}
		out[i] = p
		boxes = append(boxes, p.Box, [4]float64{p.X - 8, p.Y - 8, p.X + 8, p.Y + 8})
	}
	return out
}

// labelBox is the box a label of text takes with its baseline at (x, y).
func labelBox(x, y float64, text, anchor string) [4]float64 {
	w := float64(utf8.RuneCountInString(text)) * charWidth
	x0 := x
	switch anchor {
	case "middle":
		x0 = x - w/2
	case "end":
		x0 = x - w
	}
	return [4]float64{x0 - 2, y - labelH + 3, x0 + w + 2, y + 4}
}

func overlapsAny(b [4]float64, boxes [][4]float64) bool {
	for _, o := range boxes {
		if b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3] {
			return true
		}
	}
	return false
}

// networkSVG draws the network laid out by layoutNetwork as SVG, sized to
// what it holds. Labels are escaped here because the result is inlined
// as trusted HTML. The same data always gives the same picture.
func networkSVG(nodes []graphNode, edges []graphEdge) template.HTML {
	if len(nodes) == 0 {
		return ""
	}
	pos := layoutNetwork(nodes)
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, minY = math.Min(minX, math.Min(p.X-10, p.Box[0])), math.Min(minY, math.Min(p.Y-10, p.Box[1]))
		maxX, maxY = math.Max(maxX, math.Max(p.X+10, p.Box[2])), math.Max(maxY, math.Max(p.Y+10, p.Box[3]))
	}
	minX, minY, maxX, maxY = minX-graphPad, minY-graphPad, maxX+graphPad, maxY+graphPad
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="%.0f %.0f %.0f %.0f" width="%.0f" height="%.0f" role="group" aria-label="co-participant network">`,
		minX, minY, maxX-minX, maxY-minY, maxX-minX, maxY-minY)
	for _, e := range edges {
		if e.A == e.B || e.A < 0 || e.B < 0 || e.A >= len(nodes) || e.B >= len(nodes) {
			continue
		}
		class := "edge"
		if !nodes[e.A].Self && !nodes[e.B].Self {
			class = "edge side" // between two partners: drawn lighter
		}
		fmt.Fprintf(&b, `<line class="%s" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke-width="%.1f"/>`,
			class, pos[e.A].X, pos[e.A].Y, pos[e.B].X, pos[e.B].Y, math.Min(1+float64(e.Weight-1), 6))
	}
	for i, n := range nodes {
		p := pos[i]
		class, r := "node", 6.0
		if n.Self {
			class, r = "node self", 9.0
		}
		ly := p.Box[3] - 4
		lx := p.Box[0] + 2
		switch p.Anchor {
		case "middle":
			lx = (p.Box[0] + p.Box[2]) / 2
		case "end":
			lx = p.Box[2] - 2
		}
		fmt.Fprintf(&b, `<a href="%s"><circle class="%s" cx="%.1f" cy="%.1f" r="%.0f"><title>%s</title></circle>`+
			`<text x="%.1f" y="%.1f" text-anchor="%s">%s</text></a>`,
			html.EscapeString(n.URL), class, p.X, p.Y, r, html.EscapeString(n.Name), lx, ly, p.Anchor, html.EscapeString(p.Label))
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
