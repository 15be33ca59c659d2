package server

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"attache"
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

// TestProfileNetworkShowsStrongestTies: a profile with more partners than
// networkSize draws the strongest ties first, says how many are left out,
// and its "show all" link draws every partner.
func TestProfileNetworkShowsStrongestTies(t *testing.T) {
	s, st := newTestServer(t, "")
	var partners []string
	for _, n := range []string{"Ames", "Baker", "Cole", "Dunn", "Ellis", "Ford", "Gray", "Hale", "Irwin", "Jones", "Kerr", "Lowe", "Moss", "Nash", "Owen", "Page"} {
		partners = append(partners, "Colonel "+n)
	}
	first := "Admiral Rowe met " + strings.Join(partners, ", ") + " at the naval academy."
	second := "Admiral Rowe later met Colonel Ames again."
	text := first + " " + second
	ents := []attache.Entity{{ID: "e0", Type: attache.Person, Name: "Admiral Rowe", Mentions: []attache.Mention{mention(t, text, "Admiral Rowe")}}}
	for i, p := range partners {
		ents = append(ents, attache.Entity{ID: fmt.Sprintf("e%d", i+1), Type: attache.Person, Name: p, Mentions: []attache.Mention{mention(t, text, p)}})
	}
	a := &attache.Article{ID: attache.ArticleID(text), Title: "Admiral meets colonels", Published: "2025-05-04", Format: "text",
		Text: text, Original: []byte(text), IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Entities: ents, Events: []attache.Event{
			{Type: "meeting", Date: "2025-05-01", Participants: append([]string{"Admiral Rowe"}, partners...), Salience: "main", Evidence: first, End: len(first)},
			{Type: "meeting", Date: "2025-05-02", Participants: []string{"Admiral Rowe", "Colonel Ames"}, Salience: "main", Evidence: second, Start: len(first) + 1, End: len(text)}}}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledgeOf(t, st).Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	network := func(target string) (page, svg string) {
		t.Helper()
		w := do(t, s.Handler(), "GET", target, "")
		page = w.Body.String()
		i := strings.Index(page, `aria-label="co-participant network"`)
		if w.Code != 200 || i < 0 {
			t.Fatalf("%s: %d, no network drawn\n%s", target, w.Code, page)
		}
		return page, page[i : i+strings.Index(page[i:], "</svg>")]
	}
	page, svg := network("/entities/Admiral%20Rowe")
	if !strings.Contains(page, fmt.Sprintf("The %d strongest ties of %d", networkSize, len(partners))) || !strings.Contains(page, `id="network-all"`) {
		t.Errorf("the profile does not say it shows the strongest ties only:\n%.3000s", page)
	}
	if n := strings.Count(svg, "<text"); n != networkSize+1 || !strings.Contains(svg, ">Colonel Ames<") {
		t.Errorf("network draws %d labels, want %d with Colonel Ames, the strongest tie", n, networkSize+1)
	}
	page, svg = network("/entities/Admiral%20Rowe?network=all")
	if n := strings.Count(svg, "<text"); n != len(partners)+1 || strings.Contains(page, `id="network-all"`) {
		t.Errorf("show all draws %d labels, want %d, and no further link", n, len(partners)+1)
	}
}
