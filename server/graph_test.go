package server

import (
	"fmt"
	"strings"
	"testing"
)

// TestNetworkLabelsKeepApart lays out networks of 1 to 60 co-participants
// with long and short names: no two labels overlap, nor does a label
// cover the centre, and the same data gives the same picture.
func TestNetworkLabelsKeepApart(t *testing.T) {
	names := []string{"Senior Lieutenant General Hoang Xuan Chien", "Li", "Ministry of National Defence of the Republic",
		"Jean-Pierre Dumont", "UNMISS", "Admiral of the Fleet Ivan Petrov", "Ana", "Defence Cooperation Department"}
	for _, n := range []int{1, 2, 5, 12, 13, 24, 60} {
		nodes := []graphNode{{Name: "Phan Văn Giang", Self: true}}
		for i := range n {
			nodes = append(nodes, graphNode{Name: fmt.Sprintf("%s %d", names[i%len(names)], i)})
		}
		pos := layoutNetwork(nodes)
		for i := range pos {
			for j := range i {
				if overlapsAny(pos[i].Box, [][4]float64{pos[j].Box}) {
					t.Errorf("%d partners: the labels of %q and %q overlap: %v %v", n, nodes[i].Name, nodes[j].Name, pos[i].Box, pos[j].Box)
				}
				for _, k := range [][2]int{{i, j}, {j, i}} { // a label over another's dot
					dot := [4]float64{pos[k[1]].X - 6, pos[k[1]].Y - 6, pos[k[1]].X + 6, pos[k[1]].Y + 6}
					if overlapsAny(pos[k[0]].Box, [][4]float64{dot}) {
						t.Errorf("%d partners: the label of %q covers the dot of %q", n, nodes[k[0]].Name, nodes[k[1]].Name)
					}
				}
			}
			if i > 0 && overlapsAny(pos[i].Box, [][4]float64{{-10, -10, 10, 10}}) {
				t.Errorf("%d partners: the label of %q covers the centre", n, nodes[i].Name)
			}
		}
		if a, b := networkSVG(nodes, nil), networkSVG(nodes, nil); a != b || strings.Count(string(a), "<text") != n+1 {
			t.Errorf("%d partners: picture not deterministic or labels missing", n)
		}
	}
}
