package gen

import (
	"strings"
	"testing"
)

func mustNew(t testing.TB, seed uint64) *Generator {
	t.Helper()
	g, err := New(seed)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestDeterministic(t *testing.T) {
	a, b := mustNew(t, 7), mustNew(t, 7)
	for _, i := range []int{0, 1, 999, 123456} {
		if x, y := a.Article(i), b.Article(i); x != y {
			t.Errorf("article %d differs between two generators with the same seed:\n%s\n---\n%s", i, x.Text, y.Text)
		}
	}
	if a.Article(3).Text == mustNew(t, 8).Article(3).Text {
		t.Error("another seed writes the same article")
	}
}

func TestWorld(t *testing.T) {
	g := mustNew(t, 1)
	if n := len(g.Countries()); n < 60 {
		t.Errorf("%d countries, want at least 60", n)
	}
	if n := len(g.Organisations()); n < 300 {
		t.Errorf("%d organisations, want hundreds", n)
	}
	persons := g.Persons()
	if len(persons) < 2000 {
		t.Errorf("%d persons, want a few thousand", len(persons))
	}
	promoted := 0
	for _, p := range persons {
		if len(p.Stints) > 1 && p.Stints[0].Key != p.Stints[len(p.Stints)-1].Key {
			promoted++
		}
		for i := 1; i < len(p.Stints); i++ {
			if p.Stints[i].From < p.Stints[i-1].To {
				t.Fatalf("%s holds two posts at once: %+v", p.Name, p.Stints)
			}
		}
	}
	if promoted < len(persons)/20 {
		t.Errorf("%d of %d persons change post over the years, want more", promoted, len(persons))
	}
	// Every post of every country has a holder on every day.
	for _, c := range g.countries {
		for _, d := range []int{0, g.days / 2, g.days - 1} {
			for _, key := range []string{"minister", "deputy", "navy", "peacekeeping"} {
				if _, _, ok := c.holder(key, "", d); !ok {
					t.Errorf("%s has no %s on day %d", c.code, key, d)
				}
			}
		}
	}
}

func TestArticles(t *testing.T) {
	g := mustNew(t, 1)
	kinds, hosts, years := map[string]int{}, map[string]int{}, map[string]bool{}
	const n = 2000
	for i := range n {
		a := g.Article(i)
		if strings.ContainsAny(a.Text, "{}") {
			t.Fatalf("article %d has an unfilled slot:\n%s", i, a.Text)
		}
		if a.Host == a.Guest {
			t.Errorf("article %d: host and guest are both %s", i, a.Host)
		}
		lines := strings.Split(a.Text, "\n")
		if lines[0] != a.Title || !strings.Contains(lines[2], "("+g.byCode[a.Host].agency+") – ") {
			t.Fatalf("article %d: no headline and dateline:\n%s", i, a.Text)
		}
		if !strings.Contains(a.Text, "(Photo: ") {
			t.Errorf("article %d has no caption", i)
		}
		if !strings.HasPrefix(a.File(), "date "+a.Published+"\n") {
			t.Errorf("article %d: file has no date header", i)
		}
		kinds[a.Kind]++
		hosts[a.Host]++
		years[a.Published[:4]] = true
	}
	if len(kinds) < 10 {
		t.Errorf("kinds %v, want at least 10", kinds)
	}
	if len(hosts) < 40 {
		t.Errorf("%d reporting countries in %d articles, want most of them", len(hosts), n)
	}
	if hosts["VN"] < hosts["NP"] {
		t.Errorf("hosts are not weighted: VN %d, NP %d", hosts["VN"], hosts["NP"])
	}
	if len(years) < Years {
		t.Errorf("articles dated in %d years, want %d", len(years), Years)
	}
}

func TestTemplateSharesShapesNotFacts(t *testing.T) {
	g := mustNew(t, 1)
	a, b := g.Template(1, 5), g.Template(2, 5)
	if a.Kind != b.Kind {
		t.Fatalf("same template, kinds %s and %s", a.Kind, b.Kind)
	}
	if a.Text == b.Text || a.Published == b.Published && a.Host == b.Host && a.Guest == b.Guest {
		t.Errorf("two reports of one template tell the same story:\n%s\n---\n%s", a.Text, b.Text)
	}
	para := func(s string) int { return strings.Count(s, "\n\n") }
	if para(a.Text) != para(b.Text) {
		t.Errorf("same template, %d and %d paragraphs", para(a.Text), para(b.Text))
	}
}

func BenchmarkArticle(b *testing.B) {
	g := mustNew(b, 1)
	i := 0
	for b.Loop() {
		a := g.Article(i)
		b.SetBytes(int64(len(a.Text)))
		i++
	}
}
