package kb

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// parser adds the files of one source after another to a KB, checking each
// line. It remembers where countries and ranks came from so that a
// duplicate within one file is an error while a later source may extend an
// earlier entry.
type parser struct {
	k       *KB
	country map[string]int // code → index in k.Countries
	rank    map[string]int // canonical → index in k.Ranks
	posts   map[string]bool
}

func newParser(k *KB) *parser {
	return &parser{k: k, country: map[string]int{}, rank: map[string]int{}, posts: map[string]bool{}}
}

// add reads the six files of s (each optional), countries first so that
// places and organisations can refer to the codes.
func (p *parser) add(s source) error {
	steps := []struct {
		name string
		line func(cols []string, seen map[string]int, n int) error
	}{
		{CountriesFile, p.countryLine},
		{PlacesFile, p.placeLine},
		{RanksFile, p.rankLine},
		{PostsFile, p.postLine},
		{OrgsFile, p.orgLine},
		{TenuresFile, p.tenureLine},
	}
	for _, st := range steps {
		if err := readTSV(s, st.name, st.line); err != nil {
			return err
		}
	}
	return nil
}

// readTSV calls line for every non-blank, non-comment line of the file,
// with its trimmed columns, a per-file map for duplicate checks and the line
// number. A missing file is not an error.
func readTSV(s source, name string, line func(cols []string, seen map[string]int, n int) error) error {
	f, err := s.open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("kb: %s: %w", s.path(name), err)
	}
	defer f.Close()
	seen := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			text = strings.TrimPrefix(text, "\ufeff") // a BOM left by some editors
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		if !utf8.ValidString(text) {
			return fmt.Errorf("kb: %s:%d: invalid UTF-8", s.path(name), n)
		}
		cols := strings.Split(text, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := line(cols, seen, n); err != nil {
			return fmt.Errorf("kb: %s:%d: %w", s.path(name), n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("kb: %s: %w", s.path(name), err)
	}
	return nil
}

// countries.tsv: code, name, variants (|), demonyms (|).
func (p *parser) countryLine(c []string, seen map[string]int, n int) error {
	if len(c) < 2 || len(c) > 4 || c[1] == "" {
		return fmt.Errorf("want code<TAB>name[<TAB>variants[<TAB>demonyms]], got %q", strings.Join(c, "\t"))
	}
	code := c[0]
	if !isCode(code) {
		return fmt.Errorf("country code %q is not two capital letters", code)
	}
	if first, ok := seen[code]; ok {
		return fmt.Errorf("country code %s already given on line %d", code, first)
	}
	seen[code] = n
	names, demonyms := list(c, 2), list(c, 3)
	if i, ok := p.country[code]; ok { // an earlier source knows it: extend
		co := &p.k.Countries[i]
		co.Names = appendNew(co.Names, append([]string{c[1]}, names...)...)
		co.Demonyms = appendNew(co.Demonyms, demonyms...)
		return nil
	}
	p.country[code] = len(p.k.Countries)
	p.k.Countries = append(p.k.Countries, Country{Code: code, Name: c[1],
		Names: appendNew([]string{c[1]}, names...), Demonyms: demonyms})
	return nil
}

// places.tsv: name, country, kind, variants (|), lat, lon.
func (p *parser) placeLine(c []string, _ map[string]int, _ int) error {
	if len(c) < 3 || len(c) > 6 || c[0] == "" {
		return fmt.Errorf("want name<TAB>country<TAB>kind[<TAB>variants[<TAB>lat<TAB>lon]], got %q", strings.Join(c, "\t"))
	}
	if err := p.checkCode(c[1]); err != nil {
		return err
	}
	if !slices.Contains(PlaceKinds, c[2]) {
		return fmt.Errorf("place kind %q is not one of %s", c[2], strings.Join(PlaceKinds, ", "))
	}
	pl := Place{Name: c[0], Country: c[1], Kind: c[2], Variants: list(c, 3)}
	if len(c) > 4 && (c[4] != "" || (len(c) > 5 && c[5] != "")) {
		if len(c) < 6 {
			return fmt.Errorf("latitude without longitude")
		}
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("bad coordinates %q, %q: want decimal degrees, latitude -90 to 90, longitude -180 to 180", c[4], c[5])
		}
		pl.Lat, pl.Lon, pl.HasCoords = lat, lon, true
	}
	p.k.Places = append(p.k.Places, pl)
	return nil
}

// rankOther in the third column of ranks.tsv marks a rank outside
// EXTRACTION.md's canonical list.
const rankOther = "other"

// ranks.tsv: canonical, forms (|), and "other" for a rank outside
// EXTRACTION.md's canonical list.
func (p *parser) rankLine(c []string, seen map[string]int, n int) error {
	if len(c) > 3 || c[0] == "" || (len(c) == 3 && c[2] != rankOther) {
		return fmt.Errorf("want canonical<TAB>forms[<TAB>%s], got %q", rankOther, strings.Join(c, "\t"))
	}
	other := len(c) == 3
	if first, ok := seen[c[0]]; ok {
		return fmt.Errorf("rank %q already given on line %d", c[0], first)
	}
	seen[c[0]] = n
	if i, ok := p.rank[c[0]]; ok {
		p.k.Ranks[i].Forms = appendNew(p.k.Ranks[i].Forms, list(c, 1)...)
		return nil
	}
	p.rank[c[0]] = len(p.k.Ranks)
	p.k.Ranks = append(p.k.Ranks, Rank{Canonical: c[0], Forms: list(c, 1), Other: other})
	return nil
}

// posts.tsv: one post head a line.
func (p *parser) postLine(c []string, _ map[string]int, _ int) error {
	if len(c) != 1 || c[0] == "" {
		return fmt.Errorf("want one post a line, got %q", strings.Join(c, "\t"))
	}
	if !p.posts[c[0]] {
		p.posts[c[0]] = true
		p.k.Posts = append(p.k.Posts, c[0])
	}
	return nil
}

// orgs.tsv: name, kind, country, aliases (|), host.
func (p *parser) orgLine(c []string, _ map[string]int, _ int) error {
	if len(c) < 2 || len(c) > 5 || c[0] == "" {
		return fmt.Errorf("want name<TAB>kind[<TAB>country[<TAB>aliases[<TAB>host]]], got %q", strings.Join(c, "\t"))
	}
	if !slices.Contains(OrgKinds, c[1]) {
		return fmt.Errorf("organisation kind %q is not one of %s", c[1], strings.Join(OrgKinds, ", "))
	}
	o := Org{Name: c[0], Kind: c[1], Aliases: list(c, 3)}
	if len(c) > 2 {
		o.Country = c[2]
	}
	if len(c) > 4 {
		o.Host = c[4]
	}
	if err := p.checkCode(o.Country); err != nil {
		return err
	}
	if err := p.checkCode(o.Host); err != nil {
		return fmt.Errorf("host: %w", err)
	}
	p.k.Orgs = append(p.k.Orgs, o)
	return nil
}

// tenures.tsv: post, organisation, variants (|).
func (p *parser) tenureLine(c []string, _ map[string]int, _ int) error {
	if len(c) > 3 || c[0] == "" {
		return fmt.Errorf("want post[<TAB>organisation[<TAB>variants]], got %q", strings.Join(c, "\t"))
	}
	p.k.Tenures = append(p.k.Tenures, PostEquiv{Post: c[0], Org: c[1], Variants: list(c, 2)})
	return nil
}

// checkCode accepts "" or the code of a country loaded so far.
func (p *parser) checkCode(code string) error {
	if code == "" {
		return nil
	}
	if _, ok := p.country[code]; !ok {
		return fmt.Errorf("unknown country code %q (add it to %s first)", code, CountriesFile)
	}
	return nil
}

func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// list returns the |-separated values of column i, or nil.
func list(cols []string, i int) []string {
	if i >= len(cols) || cols[i] == "" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(cols[i], "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// appendNew appends the values not already in dst.
func appendNew(dst []string, vals ...string) []string {
	for _, v := range vals {
		if !slices.Contains(dst, v) {
			dst = append(dst, v)
		}
	}
	return dst
}
