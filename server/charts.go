package server

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"image/color"
	"regexp"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// chartSeries is one stack of a bar chart: a value per x category, and
// its colour ("#rrggbb"; see palette.go), the same for one event type on
// every page.
type chartSeries struct {
	Name   string
	Values []float64
	Colour string
}

// uiFont is the UI's font stack (style.css): charts use it too.
const uiFont = `system-ui, -apple-system, Segoe UI, Roboto, sans-serif`

// stackedBarSVG draws a stacked bar chart with gonum/plot and returns SVG
// ready to inline in a page, followed by its legend in HTML, outside the
// plot where it cannot hide bars. gonum writes text escaped; what it
// writes as style attributes is turned into presentation attributes,
// which the Content-Security-Policy (no inline styles) allows. A chart
// with nothing to show says so instead of drawing empty axes.
func stackedBarSVG(title, ylabel string, xs []string, series []chartSeries) (template.HTML, error) {
	if len(xs) == 0 || len(series) == 0 {
		return template.HTML(`<p class="muted empty-chart">` + html.EscapeString(title) + `: nothing to chart yet.</p>`), nil
	}
	p := plot.New()
	p.Title.Text = title
	p.Y.Label.Text = ylabel
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
		bars.Color = hexColour(s.Colour, i)
		if below != nil {
			bars.StackOn(below)
		}
		below = bars
		p.Add(bars)
	}
	p.NominalX(xs...)
	p.Y.Min = 0
	c := vgsvg.NewWith(vgsvg.UseWH(18*vg.Centimeter, 9*vg.Centimeter), vgsvg.EmbedFonts(false))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("chart %s: %w", title, err)
	}
	var legend strings.Builder
	legend.WriteString(`<ul class="legend-list">`)
	for i, s := range series {
		c := hexColour(s.Colour, i)
		fmt.Fprintf(&legend, `<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="#%02x%02x%02x"/></svg> %s</li>`,
			c.R, c.G, c.B, html.EscapeString(s.Name))
	}
	legend.WriteString(`</ul>`)
	svg := uiFontAttr.ReplaceAllString(inlineSVG(buf.String()), `font-family="`+uiFont+`"`)
	return template.HTML(svg + legend.String()), nil
}

// uiFontAttr matches the font gonum names (its default serif).
var uiFontAttr = regexp.MustCompile(`font-family="[^"]*"`)

// hexColour reads "#rrggbb"; anything else takes the i-th palette colour.
func hexColour(hex string, i int) color.RGBA {
	if len(hex) != 7 || hex[0] != '#' {
		hex = seriesColour(i)
	}
	var r, g, b uint8
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b); err != nil {
		return color.RGBA{0xbb, 0xbb, 0xbb, 0xff}
	}
	return color.RGBA{r, g, b, 0xff}
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
