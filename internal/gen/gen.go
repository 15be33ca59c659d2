// Package gen writes realistic synthetic defence-diplomacy reports for
// tests and benchmarks: receptions, talks, phone calls, dialogues,
// signings, send-offs of peacekeepers, exercises, visits, conferences and
// expos, each with a headline, an agency dateline, a photo caption and a
// closing credit, like agency copy.
//
// Everything is deterministic from a seed. The world (a few thousand
// officials whose posts and ranks change over ten years, the ministries and
// services of 70-odd countries) is built once by New; Article(i) then
// writes report i from the seed and i alone, so reports can be written in
// any order or in parallel. Sentence shapes, names and word lists are data
// (data/*.tsv); countries, capitals, demonyms and rank abbreviations come
// from kb.
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"attache/kb"
)

// Start is the first day reports are dated; they span Years years.
var Start = time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)

// Years is how many years of dates reports span.
const Years = 10

// Generator writes reports. It is safe for concurrent use once built.
type Generator struct {
	seed      uint64
	data      *data
	kb        *kb.KB
	countries []*country
	byCode    map[string]*country
	weights   []int // cumulative host weights, parallel to countries
	level     map[string]int
	kinds     []string
	days      int
}

// country is one state of the generated world.
type country struct {
	code, name, dem, style, agency string
	ministry, ministryShort        string
	capital                        string
	cities                         []string
	people                         []*Person
	holders                        map[string][]*Person
}

// New builds the world for seed.
func New(seed uint64) (*Generator, error) {
	d, err := loadData()
	if err != nil {
		return nil, err
	}
	k, err := kb.Default()
	if err != nil {
		return nil, err
	}
	g := &Generator{seed: seed, data: d, kb: k, byCode: map[string]*country{}, level: map[string]int{},
		days: int(Start.AddDate(Years, 0, 0).Sub(Start).Hours() / 24)}
	for _, p := range d.posts {
		g.level[p.key] = p.level
	}
	seen := map[string]bool{}
	for _, s := range d.shapes {
		if s.kind != "any" && !seen[s.kind] {
			seen[s.kind] = true
			g.kinds = append(g.kinds, s.kind)
		}
	}
	total := 0
	for _, cl := range d.countries {
		kc, ok := k.CountryByCode(cl.code)
		if !ok || len(kc.Demonyms) == 0 {
			return nil, fmt.Errorf("gen: country %s: no name or demonym in kb", cl.code)
		}
		c := &country{code: cl.code, name: kc.Name, dem: kc.Demonyms[0], style: cl.style, agency: cl.agency,
			ministry: cl.ministry, ministryShort: strings.TrimPrefix(strings.TrimPrefix(cl.ministry, "Ministry of "), "Department of ")}
		for _, p := range k.Places {
			if p.Country != c.code {
				continue
			}
			switch p.Kind {
			case "capital":
				if c.capital == "" {
					c.capital = p.Name
				}
			case "city":
				c.cities = append(c.cities, p.Name)
			}
		}
		if c.capital == "" {
			c.capital = c.name // a city-state: Singapore
		}
		g.countries = append(g.countries, c)
		g.byCode[c.code] = c
		total += cl.weight
		g.weights = append(g.weights, total)
	}
	// Ambassadors are posted to the countries whose agencies write most.
	var hosts []string
	for _, cl := range d.countries {
		if cl.weight >= 5 {
			hosts = append(hosts, cl.code)
		}
	}
	for i, c := range g.countries {
		g.people(rand.New(rand.NewPCG(seed, uint64(1_000_000+i))), c, hosts)
	}
	return g, nil
}

// nameOf returns the short name of the country with code, "" for none.
func (g *Generator) nameOf(code string) string {
	if c, ok := g.byCode[code]; ok {
		return c.name
	}
	return ""
}

// Persons returns every person of the world.
func (g *Generator) Persons() []*Person {
	var out []*Person
	for _, c := range g.countries {
		out = append(out, c.people...)
	}
	return out
}

// Countries returns the ISO codes of the countries reports are about.
func (g *Generator) Countries() []string {
	out := make([]string, len(g.countries))
	for i, c := range g.countries {
		out[i] = c.code
	}
	return out
}

// Organisations returns the names of the national bodies reports mention
// (ministries, services); international bodies come from kb.
func (g *Generator) Organisations() []string {
	var out []string
	for _, c := range g.countries {
		out = append(out, c.dem+" "+c.ministry, c.dem+" Navy", c.dem+" Air Force", c.dem+" Army",
			c.dem+" Coast Guard", c.dem+" Armed Forces", "National Defence Academy of "+c.name)
	}
	return out
}

// Article is one generated report.
type Article struct {
	Name      string // file name: "gen_0000042.txt"
	Published string // YYYY-MM-DD
	Kind      string // reception, talks, ...
	Host      string // ISO code of the reporting country
	Guest     string // ISO code of the partner country
	Title     string
	Text      string // headline, dateline and lead, caption, body, credit
}

// File returns the article as attache ingests it from a file: a
// "date YYYY-MM-DD" header line, then the text.
func (a Article) File() string { return "date " + a.Published + "\n" + a.Text }

// Article writes report i.
func (g *Generator) Article(i int) Article {
	return g.write(i, rand.New(rand.NewPCG(g.seed^0x5eed, uint64(i))))
}

// Template writes report i with the sentence shapes of template t: reports
// with the same t share their kind, headline, lead, caption, paragraph
// order and credit, and differ in people, countries, dates, places and
// numbers, like an agency's routine copy.
func (g *Generator) Template(i, t int) Article {
	return g.write(i, rand.New(rand.NewPCG(g.seed^0x7e3a, uint64(t))))
}

// write fills the shapes chosen with shapeRand from the article's own
// random source.
func (g *Generator) write(i int, shapes *rand.Rand) Article {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)))
	kind := g.kinds[shapes.IntN(len(g.kinds))]
	host := g.pickHost(r)
	guest := host
	for guest == host {
		guest = g.countries[r.IntN(len(g.countries))]
	}
	day := r.IntN(g.days)
	f := g.newFill(r, kind, host, guest, day)
	pick := func(part string) string {
		var cands []string
		for _, s := range g.data.shapes {
			if s.part == part && (s.kind == kind || (s.kind == "any" && part != "body")) {
				cands = append(cands, s.text)
			}
		}
		return f.fill(cands[shapes.IntN(len(cands))])
	}
	// The kind's own sentences come first, then general ones.
	var body []string
	for _, k := range []string{kind, "any"} {
		var some []string
		for _, s := range g.data.shapes {
			if s.part == "body" && s.kind == k {
				some = append(some, s.text)
			}
		}
		shapes.Shuffle(len(some), func(a, b int) { some[a], some[b] = some[b], some[a] })
		body = append(body, some[:min(len(some), 2+shapes.IntN(3))]...)
	}

	title := pick("head")
	var b strings.Builder
	b.WriteString(title + "\n\n")
	b.WriteString(f.city + " (" + host.agency + ") – " + pick("lead") + "\n")
	b.WriteString(pick("caption") + "\n\n")
	for j := 0; j < len(body); {
		n := 1 + shapes.IntN(2)
		var para []string
		for ; n > 0 && j < len(body); n-- {
			para = append(para, f.fill(body[j]))
			j++
		}
		b.WriteString(strings.Join(para, " ") + "\n\n")
	}
	end := pick("end")
	text := strings.TrimRight(b.String(), "\n")
	if end == "/." {
		text += "/.\n"
	} else {
		text += "\n" + end + "\n"
	}
	pub := Start.AddDate(0, 0, day+r.IntN(2))
	return Article{Name: fmt.Sprintf("gen_%07d.txt", i), Published: pub.Format("2006-01-02"), Kind: kind,
		Host: host.code, Guest: guest.code, Title: title, Text: text}
}

// pickHost draws the reporting country by weight.
func (g *Generator) pickHost(r *rand.Rand) *country {
	x := r.IntN(g.weights[len(g.weights)-1])
	for i, w := range g.weights {
		if x < w {
			return g.countries[i]
		}
	}
	return g.countries[len(g.countries)-1]
}
