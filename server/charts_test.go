package server

import (
	"strings"
	"testing"
)

func TestStackedBarSVGIsInlineSafe(t *testing.T) {
	svg, err := stackedBarSVG("Events <script>", "events", []string{"2023", "2024"},
		[]chartSeries{{"meeting", []float64{1, 2}}, {`visit" onload="x`, []float64{3, 0}}})
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
	if empty, _ := stackedBarSVG("x", "y", nil, nil); empty != "" {
		t.Error("a chart with no data should be empty")
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
