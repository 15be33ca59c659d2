// Package kb loads the domain knowledge that extraction relies on:
// countries with their codes, name variants and demonyms; places; ranks and
// their abbreviations; posts; international organisations, forums and UN
// missions. The knowledge is data (tab-separated files embedded in the
// binary under data/), extendable by users with files of the same names in
// a directory of their own (attache --kb DIR).
package kb

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

//go:embed data/*.tsv
var embedded embed.FS

// Country is a state with its ISO 3166-1 alpha-2 code.
type Country struct {
	Code     string   // "VN"
	Name     string   // short English name: "Vietnam"
	Names    []string // variants, including Name: "Viet Nam", "Việt Nam", "Socialist Republic of Vietnam"
	Demonyms []string // "Vietnamese"
}

// Place is a city, region, sea, venue or monument.
type Place struct {
	Name     string   // "Hanoi"
	Variants []string // "Hà Nội", "Ha Noi"
	Country  string   // ISO code, "" for international waters and the like
	Kind     string   // city, capital, region, sea, venue
}

// Rank is a military or police rank in canonical form with the forms and
// abbreviations that denote it.
type Rank struct {
	Canonical string   // "Senior Lieutenant General"
	Forms     []string // "Sen. Lieut. Gen.", "Sr. Lt. Gen.", ...
}

// Org is a known organisation: an international organisation, a forum, a UN
// mission, a national institution.
type Org struct {
	Name    string   // "UN Mission in South Sudan"
	Aliases []string // "UNMISS", "United Nations Mission in South Sudan"
	Country string   // ISO code of the state it belongs to; "" for international bodies
	Kind    string   // io, mission, forum, ministry, military, party, state, research, company
	Host    string   // for UN missions: ISO code of the host country
}

// KB is the loaded knowledge.
type KB struct {
	Countries []Country
	Places    []Place
	Ranks     []Rank
	Posts     []string // post heads: "Minister", "Deputy Minister", "Chief of the General Staff", ...
	Orgs      []Org
}

// Default loads the embedded knowledge only.
func Default() (*KB, error) { return Load() }

// Load reads the embedded knowledge, then each extra directory in order;
// entries from later sources are appended (a user file adds countries,
// places, ranks, posts and organisations, it does not replace the defaults).
func Load(extra ...fs.FS) (*KB, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, err
	}
	k := &KB{}
	for _, fsys := range append([]fs.FS{sub}, extra...) {
		if err := k.add(fsys); err != nil {
			return nil, err
		}
	}
	return k, nil
}

// The file names a knowledge directory may contain.
const (
	CountriesFile = "countries.tsv"
	PlacesFile    = "places.tsv"
	RanksFile     = "ranks.tsv"
	PostsFile     = "posts.tsv"
	OrgsFile      = "orgs.tsv"
)

func (k *KB) add(fsys fs.FS) error {
	read := func(name string, each func(cols []string) error) error {
		f, err := fsys.Open(name)
		if err != nil {
			if isNotExist(err) {
				return nil
			}
			return fmt.Errorf("kb: %s: %w", name, err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if err := each(strings.Split(line, "\t")); err != nil {
				return fmt.Errorf("kb: %s:%d: %w", name, n, err)
			}
		}
		return sc.Err()
	}
	// countries.tsv: code, name, variants (|-separated), demonyms (|-separated)
	if err := read(CountriesFile, func(c []string) error {
		if len(c) < 2 || len(c[0]) != 2 {
			return fmt.Errorf("want code<TAB>name[<TAB>variants[<TAB>demonyms]], got %q", strings.Join(c, "\t"))
		}
		k.Countries = append(k.Countries, Country{Code: c[0], Name: c[1],
			Names: append([]string{c[1]}, list(c, 2)...), Demonyms: list(c, 3)})
		return nil
	}); err != nil {
		return err
	}
	// places.tsv: name, country, kind, variants
	if err := read(PlacesFile, func(c []string) error {
		if len(c) < 3 {
			return fmt.Errorf("want name<TAB>country<TAB>kind[<TAB>variants], got %q", strings.Join(c, "\t"))
		}
		k.Places = append(k.Places, Place{Name: c[0], Country: c[1], Kind: c[2], Variants: list(c, 3)})
		return nil
	}); err != nil {
		return err
	}
	// ranks.tsv: canonical, forms
	if err := read(RanksFile, func(c []string) error {
		k.Ranks = append(k.Ranks, Rank{Canonical: c[0], Forms: list(c, 1)})
		return nil
	}); err != nil {
		return err
	}
	// posts.tsv: one post head a line
	if err := read(PostsFile, func(c []string) error {
		k.Posts = append(k.Posts, c[0])
		return nil
	}); err != nil {
		return err
	}
	// orgs.tsv: name, kind, country, aliases, host
	return read(OrgsFile, func(c []string) error {
		if len(c) < 2 {
			return fmt.Errorf("want name<TAB>kind[<TAB>country<TAB>aliases<TAB>host], got %q", strings.Join(c, "\t"))
		}
		o := Org{Name: c[0], Kind: c[1], Aliases: list(c, 3)}
		if len(c) > 2 {
			o.Country = c[2]
		}
		if len(c) > 4 {
			o.Host = c[4]
		}
		k.Orgs = append(k.Orgs, o)
		return nil
	})
}

// list returns the |-separated values of column i, or nil.
func list(cols []string, i int) []string {
	if i >= len(cols) || strings.TrimSpace(cols[i]) == "" {
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

func isNotExist(err error) bool { return err != nil && errors.Is(err, fs.ErrNotExist) }
