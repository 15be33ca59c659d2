package gen

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"time"
)

// fill holds what one report is about and fills the slots of its shapes.
type fill struct {
	g           *Generator
	r           *rand.Rand
	host, guest *country
	day         int
	date        time.Time
	h, gu, amb  official
	ord         int
	city        string
	chosen      map[string]string // values of "once" lists
}

// official is a person as one report presents them.
type official struct {
	p    *Person
	s    Stint
	rank string // the written form used in this report: "Lt. Gen."
}

// slot matches a slot in a shape: {h.short}, {topic}.
var slot = regexp.MustCompile(`\{[a-z0-9.]+\}`)

func (g *Generator) newFill(r *rand.Rand, kind string, host, guest *country, day int) *fill {
	f := &fill{g: g, r: r, host: host, guest: guest, day: day, date: Start.AddDate(0, 0, day),
		ord: 2 + r.IntN(14), chosen: map[string]string{}}
	posts := g.data.kinds[kind]
	f.h = f.official(host, posts[0], "")
	f.gu = f.official(guest, posts[1], host.code)
	f.amb = f.official(guest, []string{"ambassador"}, host.code)
	if f.amb.p == nil {
		f.amb = f.gu
	}
	f.city = f.cityOf(host)
	return f
}

// official picks who holds one of posts in c on the report's day.
func (f *fill) official(c *country, posts []string, host string) official {
	for _, k := range f.r.Perm(len(posts)) {
		h := ""
		if posts[k] == "ambassador" {
			h = host
		}
		if p, s, ok := c.holder(posts[k], h, f.day); ok {
			return official{p: p, s: s, rank: f.rankForm(s.Rank)}
		}
	}
	return official{}
}

// rankForm writes rank in full or as one of its usual abbreviations.
func (f *fill) rankForm(rank string) string {
	if rank == "" || f.r.IntN(2) == 0 {
		return rank
	}
	for _, rk := range f.g.kb.Ranks {
		if rk.Canonical == rank && len(rk.Forms) > 0 {
			return rk.Forms[f.r.IntN(min(3, len(rk.Forms)))]
		}
	}
	return rank
}

// cityOf returns c's capital most of the time, another of its cities
// otherwise.
func (f *fill) cityOf(c *country) string {
	if c != f.host || len(c.cities) == 0 || f.r.IntN(10) < 7 {
		return c.capital
	}
	return c.cities[f.r.IntN(len(c.cities))]
}

// fill replaces every slot of text.
func (f *fill) fill(text string) string {
	return slot.ReplaceAllStringFunc(text, func(s string) string { return f.value(s[1 : len(s)-1]) })
}

func (f *fill) value(name string) string {
	who, field, _ := strings.Cut(name, ".")
	switch who {
	case "h":
		return f.person(f.h, f.host, field, false)
	case "g":
		return f.person(f.gu, f.guest, field, true)
	case "amb":
		return f.person(f.amb, f.guest, field, true)
	}
	switch name {
	case "hc":
		return f.host.name
	case "gc":
		return f.guest.name
	case "hd":
		return f.host.dem
	case "gd":
		return f.guest.dem
	case "hm":
		return f.host.ministry
	case "gm":
		return f.guest.dem + " " + f.guest.ministry
	case "ha":
		return f.host.dem + " Army"
	case "city":
		return f.city
	case "gcity":
		return f.guest.capital
	case "agency":
		return f.host.agency
	case "date":
		return f.date.Format("January 2")
	case "date2":
		return f.date.AddDate(0, 0, 1+f.ord%4).Format("January 2")
	case "weekday":
		return f.date.Weekday().String()
	case "month":
		return f.date.AddDate(0, 1+f.ord%3, 0).Format("January")
	case "year":
		return fmt.Sprint(f.date.Year())
	case "lastyear":
		return fmt.Sprint(f.date.Year() - 1)
	case "n":
		return fmt.Sprint(20 + f.r.IntN(380))
	case "n2":
		return fmt.Sprint(2 + f.r.IntN(14))
	case "ord":
		return ordinal(f.ord)
	case "no":
		return fmt.Sprint(f.ord)
	}
	if v, ok := f.chosen[name]; ok {
		return v
	}
	if vs := f.g.data.lists[name]; len(vs) > 0 {
		v := vs[f.r.IntN(len(vs))]
		if f.g.data.once[name] {
			f.chosen[name] = v
		}
		return v
	}
	return "{" + name + "}"
}

// person writes o: {h} is post, rank and name ("Deputy Minister of National
// Defence Lt. Gen. Tran Van Minh"), a foreign one led by the demonym.
func (f *fill) person(o official, c *country, field string, foreign bool) string {
	if o.p == nil {
		return c.dem + " officials"
	}
	rankName := strings.TrimSpace(o.rank + " " + o.p.Name)
	switch field {
	case "name":
		return o.p.Name
	case "short":
		return o.p.Short
	case "rank":
		return rankName
	case "post":
		return o.s.Post
	}
	post := o.s.Post
	if foreign {
		post = c.dem + " " + post
	}
	return post + " " + rankName
}

func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprint(n) + suffix
}
