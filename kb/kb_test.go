package kb

import (
	"attache/internal/devcorpus"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// mustDefault loads the embedded knowledge or fails the test.
func mustDefault(t testing.TB) *KB {
	t.Helper()
	k, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return k
}

func TestEmbeddedFilesParse(t *testing.T) {
	k := mustDefault(t)
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"countries", len(k.Countries), 249},
		{"places", len(k.Places), 800},
		{"ranks", len(k.Ranks), 24},
		{"posts", len(k.Posts), 150},
		{"orgs", len(k.Orgs), 400},
	} {
		if c.got < c.want {
			t.Errorf("%s: %d entries, want at least %d", c.what, c.got, c.want)
		}
	}
}

func TestCountriesUniqueCodesAndISOCoverage(t *testing.T) {
	k := mustDefault(t)
	seen := map[string]bool{}
	for _, c := range k.Countries {
		if seen[c.Code] {
			t.Errorf("duplicate country code %s", c.Code)
		}
		seen[c.Code] = true
		if c.Name == "" || len(c.Names) == 0 || c.Names[0] != c.Name {
			t.Errorf("%s: Names must start with Name, got %q / %q", c.Code, c.Name, c.Names)
		}
	}
	// Codes outside ISO 3166-1: historical states and Kosovo.
	extra := []string{"SU", "YU", "CS", "DD", "XK"}
	iso := 0
	for code := range seen {
		if !slices.Contains(extra, code) {
			iso++
		}
	}
	if iso != 249 {
		t.Errorf("%d ISO 3166-1 codes, want 249", iso)
	}
	for _, code := range extra {
		if !seen[code] {
			t.Errorf("missing %s", code)
		}
	}
}

// No name, variant or demonym may denote two countries: the extractor turns
// each into exactly one code.
func TestCountryAliasesUnambiguous(t *testing.T) {
	k := mustDefault(t)
	owner := map[string]string{}
	for _, c := range k.Countries {
		for _, s := range append(slices.Clone(c.Names), c.Demonyms...) {
			key := Key(s)
			if key == "" {
				t.Errorf("%s: %q folds to nothing", c.Code, s)
				continue
			}
			if o, ok := owner[key]; ok && o != c.Code {
				t.Errorf("%q denotes both %s and %s", s, o, c.Code)
			}
			owner[key] = c.Code
		}
	}
}

func TestCountryLookups(t *testing.T) {
	k := mustDefault(t)
	for _, c := range []struct{ in, want string }{
		{"Việt Nam", "VN"}, {"Viet Nam", "VN"}, {"Vietnam", "VN"}, {"Vietnamese", "VN"},
		{"Russian", "RU"}, {"Russian Federation", "RU"}, {"U.S.", "US"}, {"USA", "US"},
		{"America", "US"}, {"American", "US"}, {"Britain", "GB"}, {"British", "GB"},
		{"Republic of Korea", "KR"}, {"ROK", "KR"}, {"DPRK", "KP"}, {"North Korean", "KP"},
		{"Lao PDR", "LA"}, {"Laotian", "LA"}, {"Lao", "LA"}, {"Burma", "MM"},
		{"PRC", "CN"}, {"Chinese", "CN"}, {"Czech Republic", "CZ"}, {"Turkey", "TR"},
		{"Türkiye", "TR"}, {"East Timor", "TL"}, {"Ivory Coast", "CI"}, {"DRC", "CD"},
		{"DR Congo", "CD"}, {"Filipino", "PH"}, {"Philippine", "PH"}, {"Emirati", "AE"},
		{"South Sudanese", "SS"}, {"Sudanese", "SD"}, {"Central African", "CF"},
		{"Soviet", "SU"}, {"USSR", "SU"}, {"Yugoslavia", "YU"}, {"Czechoslovakia", "CS"},
		{"East Germany", "DD"}, {"Indonesian", "ID"}, {"Chad", "TD"},
	} {
		if got, ok := k.CountryCode(c.in); !ok || got != c.want {
			t.Errorf("CountryCode(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	if _, ok := k.CountryCode("Atlantis"); ok {
		t.Error("CountryCode(Atlantis) found a country")
	}
	if c, ok := k.CountryByCode("SS"); !ok || c.Name != "South Sudan" {
		t.Errorf("CountryByCode(SS) = %+v, %v", c, ok)
	}
}

// Every canonical rank of EXTRACTION.md is present, and the abbreviations
// it names map to it.
func TestCanonicalRanks(t *testing.T) {
	k := mustDefault(t)
	canon := []string{"General", "Army General", "Colonel General", "Senior Lieutenant General",
		"Lieutenant General", "Major General", "Brigadier General", "Brigadier", "Senior Colonel",
		"Colonel", "Lieutenant Colonel", "Major", "Captain", "Lieutenant", "Admiral", "Vice Admiral",
		"Rear Admiral", "Commodore", "Air Chief Marshal", "Air Marshal", "Air Vice-Marshal",
		"Air Commodore", "Marshal", "Field Marshal"}
	for _, r := range canon {
		if got, ok := k.RankOf(r); !ok || got != r {
			t.Errorf("RankOf(%q) = %q, %v", r, got, ok)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Gen.", "General"}, {"Sen. Lieut. Gen.", "Senior Lieutenant General"},
		{"Sr. Lt. Gen.", "Senior Lieutenant General"}, {"Lt. Gen.", "Lieutenant General"},
		{"Lieut. Gen.", "Lieutenant General"}, {"LTG", "Lieutenant General"},
		{"Lieutenant-General", "Lieutenant General"}, {"Maj. Gen.", "Major General"},
		{"Brig. Gen.", "Brigadier General"}, {"Sr. Col.", "Senior Colonel"}, {"Col.", "Colonel"},
		{"Lt. Col.", "Lieutenant Colonel"}, {"Adm.", "Admiral"}, {"VADM", "Vice Admiral"},
		{"RADM", "Rear Admiral"}, {"Cdre", "Commodore"}, {"AVM", "Air Vice-Marshal"},
		{"Air Vice Marshal", "Air Vice-Marshal"}, {"Air Cdre", "Air Commodore"},
		{"General of the Army", "Army General"}, {"Colonel-General", "Colonel General"},
		{"Police Major General", "Major General"}, {"Marshal of the Soviet Union", "Marshal"},
		{"Thượng tướng", "Senior Lieutenant General"},
	} {
		if got, ok := k.RankOf(c.in); !ok || got != c.want {
			t.Errorf("RankOf(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// The record holds only EXTRACTION.md's canonical ranks: every rank of the
// list is recorded as itself, a rank outside it is read but recorded as none,
// and every rank of ranks.tsv is one or the other.
func TestRecordedRanksAreTheSpecList(t *testing.T) {
	k := mustDefault(t)
	spec := map[string]bool{}
	for _, r := range []string{"General", "Army General", "Colonel General", "Senior Lieutenant General",
		"Lieutenant General", "Major General", "Brigadier General", "Brigadier", "Senior Colonel",
		"Colonel", "Lieutenant Colonel", "Major", "Captain", "Lieutenant", "Admiral", "Vice Admiral",
		"Rear Admiral", "Commodore", "Air Chief Marshal", "Air Marshal", "Air Vice-Marshal",
		"Air Commodore", "Marshal", "Field Marshal"} {
		spec[r] = true
	}
	for _, r := range k.Ranks {
		want := ""
		if spec[r.Canonical] {
			want = r.Canonical
		}
		if got := k.RecordedRank(r.Canonical); got != want {
			t.Errorf("RecordedRank(%q) = %q, want %q", r.Canonical, got, want)
		}
	}
	for _, form := range []string{"Senior General", "Army Corps General", "Cdr.", "Wing Commander"} {
		r, ok := k.RankOf(form)
		if !ok {
			t.Errorf("RankOf(%q): not read as a rank", form)
		} else if got := k.RecordedRank(r); got != "" {
			t.Errorf("RecordedRank(%q) = %q, want none", r, got)
		}
	}
}

// A written form must not denote two ranks.
func TestRankFormsUnambiguous(t *testing.T) {
	k := mustDefault(t)
	owner := map[string]string{}
	for _, r := range k.Ranks {
		for _, f := range append([]string{r.Canonical}, r.Forms...) {
			key := Key(f)
			if o, ok := owner[key]; ok && o != r.Canonical {
				t.Errorf("%q denotes both %s and %s", f, o, r.Canonical)
			}
			owner[key] = r.Canonical
		}
	}
}

func TestMissionsHaveKnownHosts(t *testing.T) {
	k := mustDefault(t)
	n := 0
	for _, o := range k.Orgs {
		if o.Kind != "mission" {
			if o.Host != "" {
				t.Errorf("%s: host %s on a %s", o.Name, o.Host, o.Kind)
			}
			continue
		}
		n++
		if _, ok := k.CountryByCode(o.Host); !ok {
			t.Errorf("mission %s: host %q is not a known country", o.Name, o.Host)
		}
		if o.Country != "" {
			t.Errorf("mission %s: country %q, want none (international)", o.Name, o.Country)
		}
	}
	if n < 70 {
		t.Errorf("%d missions, want at least 70", n)
	}
	for _, c := range []struct{ acronym, host string }{
		{"UNMISS", "SS"}, {"MINUSCA", "CF"}, {"UNISFA", "SD"}, {"MINUSMA", "ML"},
		{"MONUSCO", "CD"}, {"UNIFIL", "LB"}, {"UNMIK", "XK"}, {"UNTAC", "KH"},
	} {
		orgs := k.OrgsNamed(c.acronym)
		if len(orgs) != 1 || orgs[0].Host != c.host {
			t.Errorf("OrgsNamed(%s) = %+v, want one mission hosted by %s", c.acronym, orgs, c.host)
		}
	}
	if orgs := k.OrgsNamed("UN Mission in South Sudan"); len(orgs) != 1 || !slices.Contains(orgs[0].Aliases, "UNMISS") {
		t.Errorf("OrgsNamed(UN Mission in South Sudan) = %+v", orgs)
	}
}

func TestCodesReferToCountries(t *testing.T) {
	k := mustDefault(t)
	for _, p := range k.Places {
		if _, ok := k.CountryByCode(p.Country); p.Country != "" && !ok {
			t.Errorf("place %s: unknown country %q", p.Name, p.Country)
		}
	}
	for _, o := range k.Orgs {
		if _, ok := k.CountryByCode(o.Country); o.Country != "" && !ok {
			t.Errorf("org %s: unknown country %q", o.Name, o.Country)
		}
	}
}

// Places and organisations the dev corpus and defence news rely on.
func TestKnownPlacesAndOrgs(t *testing.T) {
	k := mustDefault(t)
	for _, c := range []struct{ name, country, kind string }{
		{"Hà Nội", "VN", "capital"}, {"Hanoi", "VN", "capital"}, {"Saigon", "VN", "city"},
		{"Đà Nẵng", "VN", "city"}, {"Khánh Hòa", "VN", "region"}, {"Moscow", "RU", "capital"},
		{"Red Square", "RU", "venue"}, {"East Sea", "", "sea"}, {"Bentiu", "SS", "city"},
		{"Abyei", "", "region"}, {"New York", "US", "city"}, {"Naqoura", "LB", "city"},
		{"Việt Nam Military History Museum", "VN", "venue"}, {"Strait of Malacca", "", "sea"},
		{"Juba", "SS", "capital"}, {"Bangui", "CF", "capital"},
	} {
		ps := k.PlacesNamed(c.name)
		if len(ps) == 0 || ps[0].Country != c.country || ps[0].Kind != c.kind {
			t.Errorf("PlacesNamed(%q) = %+v, want %s %s", c.name, ps, c.country, c.kind)
		}
	}
	for _, c := range []struct{ name, country string }{
		{"ASEAN", ""}, {"ADMM+", ""}, {"ASEAN Defence Ministers' Meeting Plus", ""},
		{"EWGs", ""}, {"Department of Peace Operations", ""}, {"United Nations", ""},
		{"Vietnam People's Army", "VN"}, {"VPA", "VN"}, {"Vietnam Peacekeeping Department", "VN"},
		{"Russian Ministry of Defence", "RU"}, {"Security Council of the Russian Federation", "RU"},
		{"Party Central Committee", "VN"}, {"Politburo", "VN"}, {"Việt Nam–Russia Tropical Centre", ""},
	} {
		os := k.OrgsNamed(c.name)
		if len(os) == 0 || os[0].Country != c.country {
			t.Errorf("OrgsNamed(%q) = %+v, want country %q", c.name, os, c.country)
		}
	}
	// ADMM+ and ADMM are different forums although fold.Key equates them.
	if a, b := k.OrgsNamed("ADMM"), k.OrgsNamed("ADMM+"); len(a) != 1 || len(b) != 1 || a[0].Name == b[0].Name {
		t.Errorf("ADMM = %+v, ADMM+ = %+v", a, b)
	}
	// Generic names are listed once per state.
	var codes []string
	for _, o := range k.OrgsNamed("Central Military Commission") {
		codes = append(codes, o.Country)
	}
	if !slices.Contains(codes, "VN") || !slices.Contains(codes, "CN") {
		t.Errorf("Central Military Commission countries = %v, want VN and CN", codes)
	}
	for _, p := range []string{"Minister of National Defence", "Deputy Minister", "Politburo member",
		"Chief of the General Staff", "Special Representative of the Secretary-General"} {
		if !k.IsPost(p) {
			t.Errorf("IsPost(%q) = false", p)
		}
	}
}

// Every country a dev gold file names exists, and the dev gold ranks are
// canonical ranks of the KB.
func TestDevGoldCoverage(t *testing.T) {
	dir := devcorpus.Dir(t)
	k := mustDefault(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(files) == 0 {
		t.Fatalf("no gold files in %s", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, field := range []string{`"rank": "`, `"country": "`} {
			for rest := s; ; {
				i := strings.Index(rest, field)
				if i < 0 {
					break
				}
				rest = rest[i+len(field):]
				v := rest[:strings.IndexByte(rest, '"')]
				switch field {
				case `"rank": "`:
					if got, ok := k.RankOf(v); !ok || got != v {
						t.Errorf("%s: rank %q not canonical in kb", filepath.Base(f), v)
					}
				default:
					if _, ok := k.CountryByCode(v); !ok {
						t.Errorf("%s: country %q not in kb", filepath.Base(f), v)
					}
				}
			}
		}
	}
}

func TestUserDirectoryAdds(t *testing.T) {
	base := mustDefault(t)
	user := fstest.MapFS{
		CountriesFile: {Data: []byte("# extra names\nVN\tVietnam\tNước Việt\tViet\nQZ\tQuuxland\tQuux Republic\tQuuxian\n")},
		PlacesFile:    {Data: []byte("Quux City\tQZ\tcapital\tQuuxopolis\n")},
		RanksFile:     {Data: []byte("Senior Lieutenant General\tSLG\nWarlord\tWlrd.\n")},
		PostsFile:     {Data: []byte("Grand Vizier\n")},
		OrgsFile:      {Data: []byte("Quux Defence Force\tmilitary\tQZ\tQDF\n")},
	}
	k, err := Load(user)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if len(k.Countries) != len(base.Countries)+1 {
		t.Errorf("countries: %d, want %d (VN extended, QZ added)", len(k.Countries), len(base.Countries)+1)
	}
	for in, want := range map[string]string{"Nước Việt": "VN", "Viet": "VN", "Vietnamese": "VN", "Quuxian": "QZ"} {
		if got, _ := k.CountryCode(in); got != want {
			t.Errorf("CountryCode(%q) = %q, want %q", in, got, want)
		}
	}
	if got, _ := k.RankOf("SLG"); got != "Senior Lieutenant General" {
		t.Errorf("RankOf(SLG) = %q", got)
	}
	if got, _ := k.RankOf("Sen. Lieut. Gen."); got != "Senior Lieutenant General" {
		t.Errorf("built-in form lost: %q", got)
	}
	if got, _ := k.RankOf("Wlrd."); got != "Warlord" {
		t.Errorf("RankOf(Wlrd.) = %q", got)
	}
	if ps := k.PlacesNamed("Quuxopolis"); len(ps) != 1 || ps[0].Country != "QZ" {
		t.Errorf("PlacesNamed(Quuxopolis) = %+v", ps)
	}
	if os := k.OrgsNamed("QDF"); len(os) != 1 || os[0].Kind != "military" {
		t.Errorf("OrgsNamed(QDF) = %+v", os)
	}
	if !k.IsPost("grand vizier") || len(k.Posts) != len(base.Posts)+1 {
		t.Errorf("post not added: %d posts", len(k.Posts))
	}
	if len(k.Places) != len(base.Places)+1 || len(k.Orgs) != len(base.Orgs)+1 {
		t.Error("places or orgs not appended")
	}
}

func TestMalformedUserFile(t *testing.T) {
	for _, c := range []struct {
		file, data, want string
	}{
		{CountriesFile, "# c\n\nVNM\tVietnam\n", "countries.tsv:3: country code \"VNM\""},
		{CountriesFile, "QZ\n", "countries.tsv:1: want code"},
		{CountriesFile, "QZ\tA\nQZ\tB\n", "countries.tsv:2: country code QZ already given on line 1"},
		{PlacesFile, "Atlantis\tXX\tcity\n", "places.tsv:1: unknown country code \"XX\""},
		{PlacesFile, "Atlantis\t\tcontinent\n", "places.tsv:1: place kind \"continent\""},
		{PlacesFile, "Atlantis\n", "places.tsv:1: want name"},
		{RanksFile, "Warlord\tWl\textra\n", "ranks.tsv:1: want canonical"},
		{RanksFile, "Warlord\tWl\tother\textra\n", "ranks.tsv:1: want canonical"},
		{PostsFile, "Vizier\textra\n", "posts.tsv:1: want one post"},
		{OrgsFile, "Quux\tclub\n", "orgs.tsv:1: organisation kind \"club\""},
		{OrgsFile, "Quux\tmission\t\tQ\tXX\n", "orgs.tsv:1: host: unknown country code \"XX\""},
		{OrgsFile, "ok\tio\n\xff\tio\n", "orgs.tsv:2: invalid UTF-8"},
	} {
		_, err := Load(fstest.MapFS{c.file: {Data: []byte(c.data)}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %q: error %v, want it to contain %q", c.file, c.data, err, c.want)
		}
	}
}

func TestLoadDirNamesThePath(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, PlacesFile), []byte("Atlantis\tXX\tcity\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadDir(dir)
	want := filepath.Join(dir, PlacesFile) + ":1:"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("LoadDir error %v, want it to contain %q", err, want)
	}
	if _, err := LoadDir(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("LoadDir(missing) = %v, want not exist", err)
	}
	os.Remove(filepath.Join(dir, PlacesFile))
	if _, err := LoadDir(dir); err != nil {
		t.Errorf("LoadDir(empty dir) = %v", err)
	}
}

func TestKey(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Việt Nam", "viet nam"}, {"ADMM+", "ADMM Plus"}, {"ADMM-Plus", "admm plus"},
		{"Lieutenant-General", "Lieutenant General"}, {"Air Vice-Marshal", "Air Vice Marshal"},
		{"Bà Rịa–Vũng Tàu", "Ba Ria - Vung Tau"}, {"the United Nations", "United Nations"},
	} {
		if Key(c.a) != Key(c.b) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q", c.a, Key(c.a), c.b, Key(c.b))
		}
	}
	if Key("ADMM") == Key("ADMM+") {
		t.Error("ADMM and ADMM+ share a key")
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// A place must not be named like a country: a country is not a location.
// The exceptions are a code that names no state, which the places list
// takes over (the extractor reads the name as the place): Antarctica; and
// a city-state's capital of its own name (Singapore), which the extractor
// reads as the state and, used as a place, as the city too.
func TestPlacesAreNotCountries(t *testing.T) {
	k := mustDefault(t)
	noState := map[string]bool{"AQ": true}
	for _, p := range k.Places {
		for _, s := range append([]string{p.Name}, p.Variants...) {
			code, ok := k.CountryCode(s)
			if ok && p.Kind == "capital" && code == p.Country && s == p.Name {
				continue // a city-state: Singapore
			}
			if ok && !noState[code] {
				t.Errorf("place %q (%s) is also the country %s", s, p.Country, code)
			}
		}
	}
}

// Organisations and places whose names or aliases collide must be of
// different countries (Central Military Commission of VN and of CN), never
// two entries for the same thing.
func TestNoDuplicateEntries(t *testing.T) {
	k := mustDefault(t)
	type id struct{ key, country string }
	orgs := map[id]string{}
	for _, o := range k.Orgs {
		for _, s := range append([]string{o.Name}, o.Aliases...) {
			i := id{Key(s), o.Country}
			if prev, ok := orgs[i]; ok && prev != o.Name {
				t.Errorf("org alias %q (%s) names both %q and %q", s, o.Country, prev, o.Name)
			}
			orgs[i] = o.Name
		}
	}
	places := map[id]string{}
	for _, p := range k.Places {
		for _, s := range append([]string{p.Name}, p.Variants...) {
			i := id{Key(s), p.Country}
			if prev, ok := places[i]; ok && prev != p.Name {
				t.Errorf("place %q (%s) names both %q and %q", s, p.Country, prev, p.Name)
			}
			places[i] = p.Name
		}
	}
}
