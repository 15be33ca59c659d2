package server

import (
	"bytes"
	"fmt"
	"html/template"
	"regexp"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// chartSeries is one stack of a bar chart: a value per x category.
type chartSeries struct {
	Name   string
	Values []float64
}

// stackedBarSVG draws a stacked bar chart with gonum/plot and returns SVG
// ready to inline in a page. gonum writes text escaped; what it writes as
// style attributes is turned into presentation attributes, which the
// Content-Security-Policy (no inline styles) allows.
func stackedBarSVG(title, ylabel string, xs []string, series []chartSeries) (template.HTML, error) {
	if len(xs) == 0 || len(series) == 0 {
		return "", nil
	}
	p := plot.New()
	p.Title.Text = title
	p.Y.Label.Text = ylabel
	p.Legend.Top = true
	width := vg.Points(max(8, min(40, 360/float64(len(xs)))))
	var below *plotter.BarChart
	for i, s := range series {
		vals := make(plotter.Values, len(xs))
		copy(vals, s.Values)
		bars, err := plotter.NewBarChart(vals, width)
		if err != nil {
			return "", fmt.Errorf("chart %s: %w", title, err)
		}
		bars.LineStyle.Width = 0
		bars.Color = plotutil.Color(i)
		if below != nil {
			bars.StackOn(below)
		}
		below = bars
		p.Add(bars)
		p.Legend.Add(s.Name, bars)
	}
	p.NominalX(xs...)
	p.Y.Min = 0
	c := vgsvg.NewWith(vgsvg.UseWH(18*vg.Centimeter, 9*vg.Centimeter), vgsvg.EmbedFonts(false))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("chart %s: %w", title, err)
	}
	return template.HTML(inlineSVG(buf.String())), nil
}

var (
	xmlDecl   = regexp.MustCompile(`<\?xml[^>]*\?>\s*`)
	styleAttr = regexp.MustCompile(`style="([^"]*)"`)
)

// inlineSVG prepares a stand-alone SVG document for inlining: the XML
// declaration goes, and each style="a:b;c:d" becomes a="b" c="d" (every
// property gonum uses is also an SVG presentation attribute).
func inlineSVG(svg string) string {
	svg = xmlDecl.ReplaceAllString(svg, "")
	return styleAttr.ReplaceAllStringFunc(svg, func(m string) string {
		decls := styleAttr.FindStringSubmatch(m)[1]
		var attrs []string
		for _, d := range strings.Split(decls, ";") {
			k, v, ok := strings.Cut(d, ":")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if !ok || k == "" || strings.ContainsAny(k+v, `"<>`) {
				continue
			}
			attrs = append(attrs, k+`="`+v+`"`)
		}
		return strings.Join(attrs, " ")
	})
}
