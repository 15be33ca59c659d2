package sample

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"attache/internal/manifest"
)

// The vocabularies of EXTRACTION.md. They are part of the scoring contract,
// not domain knowledge, so they are spelled out here rather than read from kb.
var (
	canonicalRanks = []string{
		"General", "Army General", "Colonel General", "Senior Lieutenant General",
		"Lieutenant General", "Major General", "Brigadier General", "Brigadier",
		"Senior Colonel", "Colonel", "Lieutenant Colonel", "Major", "Captain",
		"Lieutenant", "Admiral", "Vice Admiral", "Rear Admiral", "Commodore",
		"Air Chief Marshal", "Air Marshal", "Air Vice-Marshal", "Air Commodore",
		"Marshal", "Field Marshal",
	}
	eventTypes = []string{
		"meeting", "visit", "dialogue", "conference", "agreement", "deployment",
		"exercise", "ceremony", "exhibition", "invitation", "statement", "decision",
	}
	saliences = []string{"main", "reported", "background"}
	goldKeys  = []string{"doc", "published", "persons", "organizations", "locations", "countries", "events", "quantities"}

	countryCode = regexp.MustCompile(`^[A-Z]{2}$`)
	isoDay      = `\d{4}(-\d{2}(-\d{2})?)?`
	eventDate   = regexp.MustCompile(`^` + isoDay + `(/` + isoDay + `)?$`)
	dayDate     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	dateHeader  = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2})\b`)
)

// gold mirrors the EXTRACTION.md document. Pointers tell null from absent.
type gold struct {
	Doc           string     `json:"doc"`
	Published     *string    `json:"published"`
	Persons       []person   `json:"persons"`
	Organizations []org      `json:"organizations"`
	Locations     []location `json:"locations"`
	Countries     []string   `json:"countries"`
	Events        []event    `json:"events"`
	Quantities    []quantity `json:"quantities"`
}

type person struct {
	Name    *string  `json:"name"`
	Aliases []string `json:"aliases"`
	Rank    *string  `json:"rank"`
	Titles  []string `json:"titles"`
	Country *string  `json:"country"`
}

type org struct {
	Name    *string  `json:"name"`
	Aliases []string `json:"aliases"`
	Country *string  `json:"country"`
}

type location struct {
	Name    *string  `json:"name"`
	Aliases []string `json:"aliases"` // optional, e.g. "Vayu Bhawan" for Air Headquarters
	Country *string  `json:"country"`
}

type event struct {
	Type         string   `json:"type"`
	Date         *string  `json:"date"`
	Place        *string  `json:"place"`
	Participants []string `json:"participants"`
	Salience     string   `json:"salience"`
}

type quantity struct {
	Value *int   `json:"value"`
	Unit  string `json:"unit"`
}

type manifestRow struct{ published, source string }

// readManifest reads MANIFEST.tsv (through internal/manifest, as ingest
// does) into file -> row, failing on a malformed one so that it names its
// line. The bundled corpus is held to the full header and real dates.
func readManifest(t *testing.T) map[string]manifestRow {
	t.Helper()
	b, err := fs.ReadFile(FS, path.Join(Dir, ManifestFile))
	if err != nil {
		t.Fatalf("read manifest: %v", err)
	}
	if first, _, _ := strings.Cut(string(b), "\n"); first != "file\tpublished\tsource" {
		t.Fatalf("%s: header is %q, want \"file<TAB>published<TAB>source\"", ManifestFile, first)
	}
	list, err := manifest.ReadFS(FS, path.Join(Dir, ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]manifestRow{}
	for _, r := range list {
		if r.Published != "" && !dayDate.MatchString(r.Published) {
			t.Errorf("%s:%d: published %q is not YYYY-MM-DD", ManifestFile, r.Line, r.Published)
		}
		if _, dup := rows[r.File]; dup {
			t.Errorf("%s:%d: %s listed twice", ManifestFile, r.Line, r.File)
		}
		rows[r.File] = manifestRow{published: r.Published, source: r.Source}
	}
	return rows
}

func articleNames(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(FS, path.Join(Dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 12 {
		t.Fatalf("found %d articles, want the whole sample corpus (at least 12)", len(names))
	}
	for i, n := range names {
		names[i] = path.Base(n)
	}
	return names
}

// readGold decodes NAME.gold.json strictly: unknown top-level keys are
// allowed by EXTRACTION.md, but every expected key must be present.
func readGold(t *testing.T, txt string) (*gold, bool) {
	t.Helper()
	name := strings.TrimSuffix(txt, ".txt") + ".gold.json"
	b, err := fs.ReadFile(FS, path.Join(Dir, name))
	if err != nil {
		t.Errorf("%s: no gold file: %v", txt, err)
		return nil, false
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		t.Errorf("%s: invalid JSON: %v", name, err)
		return nil, false
	}
	for _, k := range goldKeys {
		if _, ok := top[k]; !ok {
			t.Errorf("%s: missing top-level key %q", name, k)
		}
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Errorf("%s: %v", name, err)
		return nil, false
	}
	return &g, true
}

func TestEveryArticleHasGoldAndManifestEntry(t *testing.T) {
	rows := readManifest(t)
	names := articleNames(t)
	for _, n := range names {
		if _, ok := rows[n]; !ok {
			t.Errorf("%s: not listed in %s", n, ManifestFile)
		}
		if _, err := fs.Stat(FS, path.Join(Dir, strings.TrimSuffix(n, ".txt")+".gold.json")); err != nil {
			t.Errorf("%s: no gold file", n)
		}
	}
	for f := range rows {
		if !slices.Contains(names, f) {
			t.Errorf("%s lists %s, which does not exist", ManifestFile, f)
		}
	}
	golds, _ := fs.Glob(FS, path.Join(Dir, "*.gold.json"))
	for _, g := range golds {
		txt := strings.TrimSuffix(path.Base(g), ".gold.json") + ".txt"
		if !slices.Contains(names, txt) {
			t.Errorf("%s has no article %s", path.Base(g), txt)
		}
	}
}

func TestArticleLengthAndDates(t *testing.T) {
	rows := readManifest(t)
	var header, manifestOnly, undated int
	for _, n := range articleNames(t) {
		b, err := fs.ReadFile(FS, path.Join(Dir, n))
		if err != nil {
			t.Fatal(err)
		}
		if words := len(strings.Fields(string(b))); words < 120 || words > 350 {
			t.Errorf("%s: %d words, want 120-350", n, words)
		}
		g, ok := readGold(t, n)
		if !ok {
			continue
		}
		// The publication date comes from the header line or the manifest,
		// never both, so the corpus exercises both ingest paths.
		want := rows[n].published
		if m := dateHeader.FindSubmatch(b); m != nil {
			if want != "" {
				t.Errorf("%s: dated both by header and by %s", n, ManifestFile)
			}
			want = string(m[1])
			header++
		} else if want != "" {
			manifestOnly++
		} else {
			undated++
		}
		got := ""
		if g.Published != nil {
			got = *g.Published
		}
		if got != want {
			t.Errorf("%s: gold published %q, article says %q", n, got, want)
		}
	}
	if header == 0 || manifestOnly == 0 || undated == 0 {
		t.Errorf("dated by header %d, by manifest %d, undated %d: want some of each", header, manifestOnly, undated)
	}
}

func TestGoldFilesFollowExtractionContract(t *testing.T) {
	for _, n := range articleNames(t) {
		t.Run(strings.TrimSuffix(n, ".txt"), func(t *testing.T) {
			g, ok := readGold(t, n)
			if !ok {
				return
			}
			text, err := fs.ReadFile(FS, path.Join(Dir, n))
			if err != nil {
				t.Fatal(err)
			}
			checkGold(t, n, g, text)
		})
	}
}

func checkGold(t *testing.T, n string, g *gold, text []byte) {
	if g.Doc != n {
		t.Errorf("doc is %q, want %q", g.Doc, n)
	}
	lower := bytes.ToLower(text)
	inText := func(s string) bool { return bytes.Contains(lower, bytes.ToLower([]byte(s))) }
	code := func(what string, c *string) {
		if c != nil && !countryCode.MatchString(*c) {
			t.Errorf("%s: country %q is not two upper-case letters", what, *c)
		}
	}
	// names collects every entity name and alias, for participant checks.
	names := map[string]bool{}
	entity := func(kind string, name *string, aliases []string) {
		if name == nil || *name == "" {
			t.Errorf("%s without a name", kind)
			return
		}
		// The name may be a resolved form the text never spells out ("Indian
		// Navy" from "the Indian Army, Navy and Air Force", "United Nations"
		// behind "UN"), but then one of its aliases must occur; every alias
		// is a form the article uses.
		found := inText(*name)
		for _, s := range aliases {
			if !inText(s) {
				t.Errorf("%s %q: alias %q does not occur in the article", kind, *name, s)
			}
			found = true
		}
		if !found {
			t.Errorf("%s %q occurs in the article under no name or alias", kind, *name)
		}
		names[*name] = true
		for _, s := range aliases {
			names[s] = true
		}
	}
	for _, p := range g.Persons {
		entity("person", p.Name, p.Aliases)
		code("person "+deref(p.Name), p.Country)
		if p.Rank != nil && !slices.Contains(canonicalRanks, *p.Rank) {
			t.Errorf("person %q: rank %q is not a canonical rank", deref(p.Name), *p.Rank)
		}
		for _, title := range p.Titles {
			if !inText(title) {
				t.Errorf("person %q: title %q is not stated in the article", deref(p.Name), title)
			}
		}
	}
	for _, o := range g.Organizations {
		entity("organization", o.Name, o.Aliases)
		code("organization "+deref(o.Name), o.Country)
	}
	places := map[string]bool{}
	for _, l := range g.Locations {
		entity("location", l.Name, l.Aliases)
		code("location "+deref(l.Name), l.Country)
		places[deref(l.Name)] = true
	}
	for _, c := range g.Countries {
		code("countries", &c)
	}
	if len(g.Countries) == 0 {
		t.Errorf("no countries")
	}
	for i, e := range g.Events {
		what := fmt.Sprintf("event %d (%s)", i, e.Type)
		if !slices.Contains(eventTypes, e.Type) {
			t.Errorf("%s: type is not an EXTRACTION.md type", what)
		}
		if !slices.Contains(saliences, e.Salience) {
			t.Errorf("%s: salience %q", what, e.Salience)
		}
		if e.Date != nil && !eventDate.MatchString(*e.Date) {
			t.Errorf("%s: date %q is not ISO at some precision or a range", what, *e.Date)
		}
		if e.Place != nil && !places[*e.Place] && !slices.Contains(g.Countries, *e.Place) {
			t.Errorf("%s: place %q is neither a gold location nor a gold country", what, *e.Place)
		}
		for _, p := range e.Participants {
			if !names[p] && !slices.Contains(g.Countries, p) {
				t.Errorf("%s: participant %q is neither a gold entity nor a gold country", what, p)
			}
		}
	}
	for _, q := range g.Quantities {
		if q.Value == nil || *q.Value <= 0 || strings.TrimSpace(q.Unit) == "" {
			t.Errorf("quantity %+v: want a positive value and a unit", q)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}
