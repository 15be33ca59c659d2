package server

import (
	"strings"
	"testing"

	"attache"
)

func TestStackedBarSVGIsInlineSafe(t *testing.T) {
	svg, err := stackedBarSVG("Events <script>", "events", []string{"2023", "2024"},
		[]chartSeries{{"meeting", []float64{1, 2}, typeColour("meeting")}, {`visit" onload="x`, []float64{3, 0}, ""}})
	if err != nil {
		t.Fatal(err)
	}
	s := string(svg)
	for _, bad := range []string{"<?xml", " style=", "\tstyle=", "<style", "<script", `onload="x`} {
		if strings.Contains(s, bad) {
			t.Errorf("chart contains %q", bad)
		}
	}
	for _, want := range []string{"<svg", `fill="`, "Events &lt;script&gt;", "2024"} {
		if !strings.Contains(s, want) {
			t.Errorf("chart lacks %q", want)
		}
	}
	if empty, _ := stackedBarSVG("Events per year", "y", nil, nil); strings.Contains(string(empty), "<svg") || !strings.Contains(string(empty), "nothing to chart") {
		t.Errorf("a chart with no data should say so, not draw axes: %q", empty)
	}
}

func TestNetworkSVG(t *testing.T) {
	nodes := []graphNode{{Name: "Phan Văn Giang", URL: "/entities/a", Self: true}, {Name: `<b onmouseover="x">`, URL: "/entities/b"}, {Name: "C", URL: "/entities/c"}}
	edges := []graphEdge{{0, 1, 2}, {0, 2, 1}, {1, 2, 1}, {0, 9, 1}, {1, 1, 1}}
	a, b := string(networkSVG(nodes, edges)), string(networkSVG(nodes, edges))
	if a != b {
		t.Error("layout is not deterministic")
	}
	if strings.Count(a, "<circle") != 3 || strings.Count(a, "<line") != 3 {
		t.Errorf("want 3 nodes and 3 valid edges:\n%s", a)
	}
	if strings.Contains(a, "<b ") || !strings.Contains(a, "&lt;b onmouseover=&#34;x&#34;&gt;") {
		t.Errorf("label not escaped:\n%s", a)
	}
	if networkSVG(nil, nil) != "" {
		t.Error("empty graph should draw nothing")
	}
}

// TestChartsLookAlike: the UI's font, the palette's colour for each event
// type, the legend outside the plot.
func TestChartsLookAlike(t *testing.T) {
	svg, err := yearChart([]attache.YearTally{{Year: "2023", Total: 3, ByType: map[string]int{"meeting": 2, "exercise": 1}}, {Year: "2024", Total: 1, ByType: map[string]int{"meeting": 1}}})
	if err != nil {
		t.Fatal(err)
	}
	s := string(svg)
	if strings.Contains(s, "Serif") || !strings.Contains(s, `font-family="`+uiFont+`"`) {
		t.Errorf("chart text is not in the UI font")
	}
	for _, typ := range []string{"meeting", "exercise"} {
		c := strings.ToLower(typeColour(typ))
		if !strings.Contains(strings.ToLower(s), `fill="`+c+`"`) {
			t.Errorf("no %s bar or swatch in %s", typ, c)
		}
	}
	end := strings.LastIndex(s, "</svg>")
	legend := strings.Index(s, `<ul class="legend-list">`)
	if legend < 0 || legend < strings.Index(s, "</svg>") || !strings.Contains(s[legend:], "exercise</li>") {
		t.Errorf("legend not outside the plot (svg ends at %d, legend at %d)", end, legend)
	}
}

// TestTagColoursFollowThePalette: the event-type tags of the lists wear
// the colour the charts, timelines and maps give the type.
func TestTagColoursFollowThePalette(t *testing.T) {
	css, err := staticFS.ReadFile("static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range attache.EventTypes {
		want := ".tag-" + string(typ) + " { box-shadow: inset 4px 0 0 " + typeColour(string(typ)) + ";"
		if !strings.Contains(string(css), want) {
			t.Errorf("style.css lacks %q", want)
		}
	}
}
