package resolve_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"attache"
	"attache/clean"
	"attache/extract"
	"attache/ingest"
	"attache/internal/devcorpus"
	"attache/internal/sqlitetest"
	"attache/kb"
	"attache/resolve"
	"attache/sample"
)

// corpusFile is one article file of a corpus with its publication date.
type corpusFile struct {
	name, published string
	raw             []byte
}

// readCorpus reads the X.txt files of fsys (a corpus directory) and the
// dates of its MANIFEST.tsv.
func readCorpus(t testing.TB, fsys fs.FS) []corpusFile {
	t.Helper()
	dates := map[string]string{}
	if f, err := fsys.Open("MANIFEST.tsv"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			if len(c) >= 2 && c[0] != "file" {
				dates[c[0]] = c[1]
			}
		}
		f.Close()
	}
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	var out []corpusFile
	for _, n := range names {
		raw, err := fs.ReadFile(fsys, n)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, corpusFile{name: n, published: dates[n], raw: raw})
	}
	return out
}

// devStories are the reports of the dev resolution stories
// (testdata/stories/dev), each dated by its first line.
func devStories(t testing.TB) []corpusFile {
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "stories", "dev", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no dev stories: %v", err)
	}
	var out []corpusFile
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			out = append(out, readCorpus(t, os.DirFS(d))...)
		}
	}
	return out
}

// sampleAndDev is the sample corpus and the dev corpus.
func sampleAndDev(t testing.TB) []corpusFile {
	sub, err := fs.Sub(sample.FS, sample.Dir)
	if err != nil {
		t.Fatal(err)
	}
	return append(readCorpus(t, sub), readCorpus(t, os.DirFS(devcorpus.Dir(t)))...)
}

// extracted runs the extractor over files as ingest would.
func extracted(t testing.TB, k *kb.KB, files []corpusFile) []*attache.Article {
	ex, err := extract.New(k)
	if err != nil {
		t.Fatal(err)
	}
	var as []*attache.Article
	for _, f := range files {
		text, published := string(f.raw), f.published
		if d, rest, _, ok := clean.DateHeader(text); ok {
			published, text = d, rest
		}
		text, _ = clean.Clean(text)
		id := attache.ArticleID(text)
		as = append(as, &attache.Article{ID: id, Published: published, Text: text, Extraction: ex.Extract(id, text, published)})
	}
	return as
}

func knowledgeJSON(t testing.TB, k *attache.Knowledge) string {
	t.Helper()
	b, err := json.Marshal(k)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestBuildIgnoresOrder: any permutation of the sample and dev corpora,
// and of generated corpora, builds the same knowledge base.
func TestBuildIgnoresOrder(t *testing.T) {
	k := defaultKB(t)
	rng := rand.New(rand.NewPCG(15, 1))
	check := func(what string, as []*attache.Article) {
		want := knowledgeJSON(t, resolve.Build(k, as).Knowledge())
		for i := 0; i < 8; i++ {
			shuffled := append([]*attache.Article(nil), as...)
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if got := knowledgeJSON(t, resolve.Build(k, shuffled).Knowledge()); got != want {
				t.Fatalf("%s: permutation %d builds another knowledge base", what, i)
			}
		}
	}
	check("sample and dev corpora", extracted(t, k, sampleAndDev(t)))
	check("dev stories", extracted(t, k, devStories(t)))
	for c := 0; c < 6; c++ {
		check(fmt.Sprintf("generated corpus %d", c), generated(rng, 30))
	}
}

// generated makes n articles about a few people written in varied ways,
// meeting in pairs on a few days, some with a recalled earlier meeting.
func generated(rng *rand.Rand, n int) []*attache.Article {
	people := []struct {
		country string
		forms   []string
	}{
		{"RU", []string{"Sergei Shoigu", "Sergey Shoigu", "Sergei K. Shoigu", "Shoigu"}},
		{"RU", []string{"Alexander Vasilyevich Fomin", "Alexander Fomin", "Col. Gen. Alexander Fomin"}},
		{"US", []string{"Lloyd J. Austin III", "Lloyd Austin", "Austin"}},
		{"VN", []string{"Pham Van Minh", "Col. Phạm Văn Minh"}},
		{"VN", []string{"Pham Duc Minh", "Colonel Pham Duc Minh"}},
		{"VN", []string{"Phan Van Giang", "Gen. Phan Văn Giang", "Giang"}},
		{"PH", []string{"Gilberto C. Teodoro Jr.", "Gilberto Teodoro"}},
	}
	days := []string{"2024-03-04", "2024-03-05", "2024-07-30", "2024-08-10"}
	var as []*attache.Article
	for i := 0; i < n; i++ {
		a, b := rng.IntN(len(people)), rng.IntN(len(people))
		if a == b {
			b = (a + 1) % len(people)
		}
		var es []attache.Entity
		var names []string
		for _, p := range []int{a, b} {
			name := people[p].forms[rng.IntN(len(people[p].forms))]
			country := people[p].country
			if rng.IntN(4) == 0 {
				country = []string{"", "JP", "CN"}[rng.IntN(3)] // a weak guess
			}
			es = append(es, person(name, nil, "", country, nil, nil))
			names = append(names, name)
		}
		day := days[rng.IntN(len(days))]
		evs := []attache.Event{{Type: "meeting", Date: day, Participants: names, Salience: "main"}}
		if rng.IntN(3) == 0 {
			evs = append(evs, attache.Event{Type: "meeting", Date: days[0], Participants: names[:1], Salience: "background"})
		}
		// A visit told by its range or one of its days, and a conference
		// in one city where each report names its own delegate.
		if rng.IntN(3) == 0 {
			visit := []string{"2024-03-04/2024-03-06", "2024-03-04", "2024-03-06", "2024-03-05"}[rng.IntN(4)]
			evs = append(evs, attache.Event{Type: "visit", Date: visit, Place: "Hanoi", Participants: names[:1], Salience: "main"})
		}
		if rng.IntN(3) == 0 {
			evs = append(evs, attache.Event{Type: "conference", Date: day, Place: []string{"Hanoi", "HANOI", "Manila"}[rng.IntN(3)],
				Participants: names[1:], Salience: "main"})
		}
		published := day
		if rng.IntN(2) == 0 {
			published = "2024-09-01"
		}
		as = append(as, article(fmt.Sprintf("g%03d", i), published, es, evs))
	}
	return as
}

// dumpKnowledge is every row of the knowledge-base tables of the SQLite
// file at path, sorted: what the store holds, however it was written.
func dumpKnowledge(t testing.TB, path string) string {
	t.Helper()
	dump, n := sqlitetest.DumpKnowledge(t, path)
	if n == 0 {
		t.Fatal("empty knowledge base")
	}
	return dump
}

// published is a corpus file's publication date, from the manifest or
// its date line.
func published(f corpusFile) string {
	if d, _, _, ok := clean.DateHeader(string(f.raw)); ok {
		return d
	}
	return f.published
}

// TestIngestAnyOrderEqualsRebuild ingests the sample and dev corpora in
// shuffled orders, in one run or two, with one or three workers: the
// knowledge base is the same each time, and the one a rebuild gives.
func TestIngestAnyOrderEqualsRebuild(t *testing.T) {
	ctx := context.Background()
	k := defaultKB(t)
	files := sampleAndDev(t)
	rng := rand.New(rand.NewPCG(15, 2))
	var first string
	for _, run := range []struct {
		workers, runs int
		dated         bool // in order of publication: the last build is extended, not redone
	}{{1, 1, false}, {3, 1, false}, {1, 2, false}, {3, 3, false}, {1, 1, true}, {1, 4, true}} {
		shuffled := append([]corpusFile(nil), files...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if run.dated {
			sort.SliceStable(shuffled, func(i, j int) bool { return published(shuffled[i]) < published(shuffled[j]) })
		}
		path, db, svc := storeService(t, k)
		ex, err := extract.New(k)
		if err != nil {
			t.Fatal(err)
		}
		in := &ingest.Service{Store: db, Extractor: ex, Workers: run.workers, Resolver: svc}
		per := (len(shuffled) + run.runs - 1) / run.runs
		for r := 0; r < run.runs; r++ {
			part := shuffled[r*per : min(len(shuffled), (r+1)*per)]
			dir := t.TempDir()
			manifest := "file\tpublished\tsource\n"
			for i, f := range part {
				name := fmt.Sprintf("%03d_%s", i, f.name) // file order is not the corpus order
				manifest += name + "\t" + f.published + "\t\n"
				if err := os.WriteFile(filepath.Join(dir, name), f.raw, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.WriteFile(filepath.Join(dir, "MANIFEST.tsv"), []byte(manifest), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := in.Ingest(ctx, []string{dir}); err != nil {
				t.Fatal(err)
			}
		}
		ingested := dumpKnowledge(t, path)
		if _, err := svc.Rebuild(ctx); err != nil {
			t.Fatal(err)
		}
		if dumpKnowledge(t, path) != ingested {
			t.Errorf("%d workers, %d runs: ingest and rebuild give different knowledge bases", run.workers, run.runs)
		}
		if first == "" {
			first = ingested
		} else if ingested != first {
			t.Errorf("%d workers, %d runs: another knowledge base than the first order", run.workers, run.runs)
		}
	}
}

// earliestReport is the id of ev's report that comes first in order of
// publication, then article id: "event:ARTICLE#N".
func earliestReport(ev attache.KBEvent) string {
	first := ev.Sources[0]
	for _, s := range ev.Sources[1:] {
		if s.Published < first.Published || (s.Published == first.Published && s.ArticleID < first.ArticleID) ||
			(s.Published == first.Published && s.ArticleID == first.ArticleID && s.Idx < first.Idx) {
			first = s
		}
	}
	return fmt.Sprintf("event:%s#%d", first.ArticleID, first.Idx)
}

// reportIDs maps the id of every report ("event:ARTICLE#N") of k to the
// id of the event it is a report of.
func reportIDs(k *attache.Knowledge) map[string]string {
	out := map[string]string{}
	for _, ev := range k.Events {
		for _, s := range ev.Sources {
			out[fmt.Sprintf("event:%s#%d", s.ArticleID, s.Idx)] = ev.ID
		}
	}
	return out
}

// TestEventIDsIgnoreOrder: an event's id is the id of its earliest
// report (by publication, then article id), whatever order the articles
// come in, so every permutation gives every event the same id. An id
// issued before an older report of the event arrived names a report of
// it, through which it is still found (corrections and facts look events
// up that way): articles added newest first, every id of every
// intermediate knowledge base is a report of the final one.
func TestEventIDsIgnoreOrder(t *testing.T) {
	k := defaultKB(t)
	rng := rand.New(rand.NewPCG(15, 3))
	check := func(what string, as []*attache.Article) {
		final := resolve.Build(k, as).Knowledge()
		want := reportIDs(final)
		for _, ev := range final.Events {
			if r := earliestReport(ev); ev.ID != r {
				t.Fatalf("%s: event %s is not named by its earliest report %s", what, ev.ID, r)
			}
		}
		for i := 0; i < 4; i++ {
			shuffled := append([]*attache.Article(nil), as...)
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			got := reportIDs(resolve.Build(k, shuffled).Knowledge())
			for r, id := range want {
				if got[r] != id {
					t.Fatalf("%s: permutation %d: report %s is in event %s, want %s", what, i, r, got[r], id)
				}
			}
		}
		newestFirst := append([]*attache.Article(nil), as...)
		sort.SliceStable(newestFirst, func(i, j int) bool { return newestFirst[i].Published > newestFirst[j].Published })
		step := max(1, len(newestFirst)/6)
		for n := step; n < len(newestFirst); n += step {
			for _, ev := range resolve.Build(k, newestFirst[:n]).Knowledge().Events {
				if _, ok := want[ev.ID]; !ok {
					t.Fatalf("%s: id %s of the first %d articles names no report of the final knowledge base", what, ev.ID, n)
				}
			}
		}
	}
	check("sample and dev corpora", extracted(t, k, sampleAndDev(t)))
	check("dev stories", extracted(t, k, devStories(t)))
	for c := 0; c < 4; c++ {
		check(fmt.Sprintf("generated corpus %d", c), generated(rng, 30))
	}
}
