package gen

import (
	"math/rand/v2"
	"sort"
	"strings"
)

// Person is one official of the generated world. Persons are promoted:
// the same person holds several posts, with rising ranks, over the years.
type Person struct {
	Name    string  // full name: "Tran Quang Minh", "Anna Weber"
	Short   string  // how later sentences call them: "Minh", "Weber"
	Country string  // ISO code of the state the person serves
	Stints  []Stint // posts held, in order
}

// Stint is one post held from day From to day To (days since Start,
// To excluded).
type Stint struct {
	From, To int
	Post     string // "Deputy Minister of National Defence"
	Key      string // posts.tsv key: "deputy"
	Host     string // for ambassadors: the country they are posted to
	Rank     string // canonical rank, "" for a civilian
}

// At returns the stint p holds on day d.
func (p *Person) At(d int) (Stint, bool) {
	for _, s := range p.Stints {
		if s.From <= d && d < s.To {
			return s, true
		}
	}
	return Stint{}, false
}

// tenure is a slot's term before a holder is chosen.
type tenure struct {
	post     postLine
	host     string
	from, to int
}

// slotKey names a post in one country, ambassadors by their host too.
func slotKey(key, host string) string { return key + "/" + host }

// people builds the persons of one country: every post is held by a
// succession of persons over the whole period, and a post that falls
// vacant goes, about half the time, to someone whose lower post has just
// ended.
func (g *Generator) people(r *rand.Rand, c *country, hosts []string) {
	var ts []tenure
	for _, p := range g.data.posts {
		if p.key == "attache" {
			continue
		}
		var where []string
		if p.key == "ambassador" {
			for _, h := range hosts {
				if h != c.code {
					where = append(where, h)
				}
			}
		} else {
			where = []string{""}
		}
		for _, h := range where {
			for d := -r.IntN(1200); d < g.days; {
				n := 700 + r.IntN(1100)
				ts = append(ts, tenure{post: p, host: h, from: d, to: d + n})
				d += n
			}
		}
	}
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].from < ts[j].from })
	c.holders = map[string][]*Person{}
	for _, t := range ts {
		var p *Person
		if t.host == "" && r.IntN(2) == 0 {
			p = promotable(c.people, t, g.level)
		}
		if p == nil {
			p = g.newPerson(r, c)
			c.people = append(c.people, p)
		}
		rank := pickRank(r, t.post.ranks, p)
		title := strings.NewReplacer("{ministry_short}", c.ministryShort, "{army}", c.dem+" Armed Forces",
			"{dem}", c.dem, "{country}", c.name, "{hostcountry}", g.nameOf(t.host)).Replace(t.post.title)
		p.Stints = append(p.Stints, Stint{From: t.from, To: t.to, Post: title, Key: t.post.key, Host: t.host, Rank: rank})
		k := slotKey(t.post.key, t.host)
		c.holders[k] = append(c.holders[k], p)
	}
}

// promotable returns a person whose last post, lower than t's, ended
// shortly before t starts, or nil.
func promotable(people []*Person, t tenure, level map[string]int) *Person {
	for _, p := range people {
		last := p.Stints[len(p.Stints)-1]
		if last.Host == "" && last.To <= t.from && last.To > t.from-400 && level[last.Key] < t.post.level {
			return p
		}
	}
	return nil
}

// pickRank returns a rank for p's new post: one the post allows, never
// below p's present rank when the post allows that one.
func pickRank(r *rand.Rand, ranks []string, p *Person) string {
	lo := 0
	if n := len(p.Stints); n > 0 {
		for i, rk := range ranks {
			if rk == p.Stints[n-1].Rank && rk != "" {
				lo = min(i+1, len(ranks)-1)
			}
		}
	}
	return ranks[lo+r.IntN(len(ranks)-lo)]
}

// newPerson invents a person with the country's naming style.
func (g *Generator) newPerson(r *rand.Rand, c *country) *Person {
	st := g.data.styles[c.style]
	fam := st.family[r.IntN(len(st.family))]
	giv := st.given[r.IntN(len(st.given))]
	p := &Person{Country: c.code}
	switch {
	case c.style == "vi":
		mid := st.given[r.IntN(4)]
		p.Name, p.Short = fam+" "+mid+" "+giv, giv
	case st.familyFirst:
		p.Name, p.Short = fam+" "+giv, fam
	default:
		p.Name, p.Short = giv+" "+fam, fam
		if strings.HasPrefix(fam, "bin") {
			p.Short = giv
		}
	}
	return p
}

// holder returns who holds post key (for ambassadors: in host) in country
// c on day d.
func (c *country) holder(key, host string, d int) (*Person, Stint, bool) {
	for _, p := range c.holders[slotKey(key, host)] {
		for _, s := range p.Stints {
			if s.Key == key && s.Host == host && s.From <= d && d < s.To {
				return p, s, true
			}
		}
	}
	return nil, Stint{}, false
}
