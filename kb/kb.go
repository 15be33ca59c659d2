// Package kb loads the domain knowledge that extraction relies on:
// countries with their codes, name variants and demonyms; places; ranks and
// their abbreviations; posts; international organisations, forums and UN
// missions. The knowledge is data (tab-separated files embedded in the
// binary under data/), extendable by users with files of the same names in
// a directory of their own (attache --kb DIR). README.md documents the file
// formats.
package kb

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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

	// Lat and Lon are the place's coordinates in decimal degrees (from
	// GeoNames), when HasCoords; the offline map draws events there.
	Lat, Lon  float64
	HasCoords bool
}

// IsCity reports a city or a capital, a place a region can be named
// after ("Tashkent region" around Tashkent).
func (p Place) IsCity() bool {
	return p.Kind == "city" || p.Kind == "capital"
}

// Rank is a military or police rank in canonical form with the forms and
// abbreviations that denote it.
type Rank struct {
	Canonical string   // "Senior Lieutenant General"
	Forms     []string // "Sen. Lieut. Gen.", "Sr. Lt. Gen.", ...
	// Other marks a rank outside EXTRACTION.md's canonical list ("Senior
	// General", "Commander"): it is read in text, so that it does not end up
	// in a name, but a record holds no rank for it (see RecordedRank).
	Other bool
}

// Org is a known organisation: an international organisation, a forum, a UN
// mission, a national institution.
type Org struct {
	Name    string   // "United Nations Mission in the Republic of South Sudan"
	Aliases []string // "UNMISS", "UN Mission in South Sudan"
	Country string   // ISO code of the state it belongs to; "" for international bodies
	Kind    string   // see OrgKinds
	Host    string   // for missions: ISO code of the host country
}

// KB is the loaded knowledge. The lookup methods (CountryByCode,
// CountryCode, RankOf, OrgsNamed, PlacesNamed, IsPost) use indexes built by
// Load; call Reindex after changing the slices by hand.
type KB struct {
	Countries []Country
	Places    []Place
	Ranks     []Rank
	Posts     []string // post heads: "Minister", "Deputy Minister", "Chief of the General Staff", ...
	Orgs      []Org
	Tenures   []PostEquiv // equivalent wordings of one post, for grouping positions into tenures
	Names     *NameForms  // how personal names vary (names.tsv); nil in a KB made by hand

	idx *index
}

// Default loads the embedded knowledge only.
func Default() (*KB, error) { return Load() }

// Load reads the embedded knowledge, then each extra directory in order.
// Later sources add to the defaults, they never replace them: a country or
// rank already known gains the new line's variants, demonyms or forms;
// places, posts and organisations are appended. Errors name the file and
// line.
func Load(extra ...fs.FS) (*KB, error) {
	srcs := []source{embeddedSource}
	for _, fsys := range extra {
		srcs = append(srcs, source{fsys: fsys})
	}
	return load(srcs)
}

// LoadDir is Load with user directories given by path; its errors carry the
// full path of the bad file ("/home/me/kb/places.tsv:12: ...").
func LoadDir(dirs ...string) (*KB, error) {
	srcs := []source{embeddedSource}
	for _, d := range dirs {
		st, err := os.Stat(d)
		if err != nil {
			return nil, fmt.Errorf("kb: %w", err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("kb: %s: not a directory", d)
		}
		srcs = append(srcs, source{fsys: os.DirFS(d), dir: d})
	}
	return load(srcs)
}

// source is one directory of knowledge files. Files are opened as
// prefix+name; dir, when set, prefixes file names in errors.
type source struct {
	fsys   fs.FS
	prefix string
	dir    string
}

var embeddedSource = source{fsys: embedded, prefix: "data/"}

func (s source) open(name string) (fs.File, error) { return s.fsys.Open(s.prefix + name) }

func (s source) path(name string) string {
	if s.dir == "" {
		return name
	}
	return filepath.Join(s.dir, name)
}

func load(srcs []source) (*KB, error) {
	k := &KB{}
	p := newParser(k)
	for _, s := range srcs {
		if err := p.add(s); err != nil {
			return nil, err
		}
	}
	nf, err := loadNameForms(srcs)
	if err != nil {
		return nil, err
	}
	k.Names = nf
	k.Reindex()
	return k, nil
}

// The file names a knowledge directory may contain.
const (
	CountriesFile = "countries.tsv"
	PlacesFile    = "places.tsv"
	RanksFile     = "ranks.tsv"
	PostsFile     = "posts.tsv"
	OrgsFile      = "orgs.tsv"
	TenuresFile   = "tenures.tsv"
)

// PostEquiv is one post with the wordings agencies use for it, so that
// "Defence Minister" and "Minister of National Defence" count as one
// tenure. Org names the body the post belongs to, when the wording does
// not say it ("Politburo member" → "Politburo").
type PostEquiv struct {
	Post     string   // canonical wording: "Minister of National Defence"
	Org      string   // "Ministry of National Defence", or ""
	Variants []string // "Defence Minister", "Minister of Defence", ...
}

// PlaceKinds are the values allowed in the kind column of places.tsv.
var PlaceKinds = []string{"capital", "city", "region", "sea", "venue"}

// OrgKinds are the values allowed in the kind column of orgs.tsv: io
// (international organisation), forum, mission (peacekeeping or other
// field mission), un-body (UN organ, department or agency), ministry,
// military (armed forces, branches, commands, units, police forces), party
// (parties and their organs), state (legislatures, presidencies, councils
// of state), agency (other government agencies), research (institutes,
// academies, universities, think tanks), company, media (news agencies and
// outlets).
var OrgKinds = []string{"io", "forum", "mission", "un-body", "ministry", "military",
	"party", "state", "agency", "research", "company", "media"}
