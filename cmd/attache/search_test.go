package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/sqlite"
	"attache/storetest"
)

// readDB creates a database holding the sample corpus (with its gold records
// as extractions) plus a hostile article, and returns its path.
func readDB(t *testing.T) (string, []*attache.Article) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "read.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	docs := storetest.SampleCorpus(t)
	hostile := &attache.Article{ID: "evil0000000000000001", Title: "Evil \x1b]0;pwned\x07title\x1b[2J",
		Text:   "Peacekeeping \x1b[31mred\x1b[0m text with a \u202eoverride and a bell\x07.\nSecond line.",
		Source: "X", Path: "evil\x1b[1m.txt", Published: "2023-01-01", Removed: []attache.Removal{{Kind: "caption", Text: "bad \x1b[5m caption"}}}
	storetest.MustPut(t, db, append(docs, hostile)...)
	return path, docs
}

// readRun runs the attache command line against db and returns stdout and
// stderr.
func readRun(t *testing.T, db string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := NewMain()
	m.Stdout, m.Stderr, m.Stdin = &out, &errOut, strings.NewReader("")
	m.Config.DB = db
	err := m.Run(context.Background(), args)
	return out.String(), errOut.String(), err
}

// noEscapes fails when out holds an escape or other control character
// besides newline.
func noEscapes(t *testing.T, what, out string) {
	t.Helper()
	for _, r := range out {
		if (r < 0x20 && r != '\n') || r == 0x7f || r == '\u202e' {
			t.Errorf("%s: output contains control character %U:\n%q", what, r, out)
			return
		}
	}
}

func TestSearchCommand(t *testing.T) {
	db, docs := readDB(t)
	// Every person of every sample article is found by name, without
	// diacritics, with the match marked.
	for _, d := range docs {
		for _, e := range d.Extraction.Entities {
			if e.Type != attache.Person || !strings.Contains(d.Text, e.Name) {
				continue
			}
			out, _, err := readRun(t, db, "search", strings.ToLower(e.Name), "--limit", "50")
			if err != nil {
				t.Fatalf("search %s: %v", e.Name, err)
			}
			if !strings.Contains(out, shortID(d.ID)) || !strings.Contains(out, "[") {
				t.Errorf("search %q: %s not in\n%s", e.Name, d.ID, out)
			}
			noEscapes(t, "search", out)
		}
	}
	// Flags before and after the words, a filter that excludes, JSON.
	out, _, err := readRun(t, db, "search", "--from", "2030-01-01", "Giang")
	if err != nil || strings.TrimSpace(out) != "no matches" {
		t.Errorf("future from: %q %v", out, err)
	}
	out, _, err = readRun(t, db, "search", "peacekeeping", "--json", "--source", "X")
	if err != nil {
		t.Fatal(err)
	}
	var hits []attache.SearchHit
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if len(hits) != 1 || hits[0].ID != "evil0000000000000001" || !strings.Contains(hits[0].Snippet, "[Peacekeeping]") {
		t.Fatalf("json hits: %+v", hits)
	}
	if strings.ContainsAny(hits[0].Snippet+hits[0].Title+hits[0].Source, "\x1b\x07\u202e") {
		t.Errorf("json hit not neutralised: %+v", hits[0])
	}
	// Untrusted text is neutralised in the terminal view too.
	out, _, err = readRun(t, db, "search", "bell", "text")
	if err != nil || !strings.Contains(out, "[bell]") || !strings.Contains(out, "Evil") {
		t.Errorf("hostile search: %q %v", out, err)
	}
	noEscapes(t, "hostile search", out)
	// Entity and type filters reach the store.
	out, _, err = readRun(t, db, "search", "--entity", "phan van giang", "--type", "meeting", "--json")
	if err != nil || !json.Valid([]byte(out)) || strings.Contains(out, "evil") {
		t.Errorf("entity filter: %q %v", out, err)
	}
}

func TestSearchCommandErrors(t *testing.T) {
	db, _ := readDB(t)
	cases := []struct {
		args []string
		want string // in the error
	}{
		{[]string{"search"}, "give a query"},
		{[]string{"search", "x", "--from", "26/12/2024"}, "from date"},
		{[]string{"search", "--nope"}, "usage"},
		{[]string{"search", "x", "--limit", "-3"}, "negative"},
	}
	for _, c := range cases {
		_, _, err := readRun(t, db, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want one containing %q", c.args, err, c.want)
		}
	}
	// Hostile queries are words, never errors.
	for _, q := range []string{`"unclosed`, "NEAR(", "a:b", "*", "OR"} {
		if _, _, err := readRun(t, db, "search", q, "--source", "VNA"); err != nil {
			t.Errorf("query %q: %v", q, err)
		}
	}
}

func TestArticlesCommand(t *testing.T) {
	db, docs := readDB(t)
	out, _, err := readRun(t, db, "articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if !strings.Contains(out, shortID(d.ID)) {
			t.Errorf("articles: %s missing from\n%s", d.ID, out)
		}
	}
	if n := len(docs) + 1; !strings.Contains(out, "ID") || !strings.Contains(out, fmt.Sprintf("%d of %d articles", n, n)) {
		t.Errorf("articles table:\n%s", out)
	}
	noEscapes(t, "articles", out)

	out, _, err = readRun(t, db, "articles", "--json", "--source", "VNA", "--from", "2024-12-27")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Total    int `json:"total"`
		Articles []struct {
			ID        string `json:"id"`
			Published string `json:"published"`
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, a := range got.Articles {
		if a.Published < "2024-12-27" {
			t.Errorf("--from not applied: %+v", a)
		}
	}
	want := 0
	for _, d := range docs {
		if d.Source == "VNA" && d.Published >= "2024-12-27" {
			want++
		}
	}
	if got.Total != want || len(got.Articles) != want {
		t.Errorf("total %d, %d rows; want %d", got.Total, len(got.Articles), want)
	}
	if _, _, err := readRun(t, db, "articles", "--to", "someday"); err == nil || !strings.Contains(err.Error(), "to date") {
		t.Errorf("bad --to: %v", err)
	}
}

func TestShowCommand(t *testing.T) {
	db, docs := readDB(t)
	d := docs[0]
	for _, id := range []string{d.ID, d.ID[:minIDPrefix+1]} {
		out, _, err := readRun(t, db, "show", id)
		if err != nil {
			t.Fatalf("show %s: %v", id, err)
		}
		first, _, _ := strings.Cut(strings.TrimSpace(d.Text), "\n")
		if !strings.Contains(out, "ID:          "+d.ID) || !strings.Contains(out, first) || !strings.Contains(out, "== Extraction") {
			t.Errorf("show %s:\n%s", id, out)
		}
		for _, e := range d.Extraction.Entities {
			if !strings.Contains(out, e.Name) {
				t.Errorf("show %s: entity %s missing", id, e.Name)
			}
		}
	}
	out, _, err := readRun(t, db, "show", "--json", d.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got shownArticle
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Text != d.Text || got.Extraction == nil || len(got.Extraction.Events) != len(d.Extraction.Events) {
		t.Errorf("show --json lost data: %+v", got)
	}
	// The hostile article: removals listed, nothing escapes.
	out, _, err = readRun(t, db, "show", "evil00")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "caption") || !strings.Contains(out, "Second line.") || !strings.Contains(out, "none (run attache extract)") {
		t.Errorf("show hostile:\n%s", out)
	}
	noEscapes(t, "show hostile", out)

	for _, c := range []struct{ id, want string }{
		{"nope-not-an-id", "no article"},
		{"abc", "at least 6"},
	} {
		if _, _, err := readRun(t, db, "show", c.id); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("show %s: %v, want %q", c.id, err, c.want)
		}
	}
}

func TestShowAmbiguousPrefix(t *testing.T) {
	path := filepath.Join(t.TempDir(), "amb.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustPut(t, db, &attache.Article{ID: "abcdef01", Text: "one"}, &attache.Article{ID: "abcdef02", Text: "two"})
	db.Close()
	if _, _, err := readRun(t, path, "show", "abcdef"); err == nil || !strings.Contains(err.Error(), "matches 2 articles") {
		t.Errorf("ambiguous: %v", err)
	}
	out, _, err := readRun(t, path, "show", "abcdef02")
	if err != nil || !strings.Contains(out, "two") {
		t.Errorf("exact id: %q %v", out, err)
	}
}

func TestSafeTextAndHighlight(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain Hà Nội", "plain Hà Nội"},
		{"a\x1b[31mred\x1b[0m b", "ared b"},
		{"title\x1b]0;owned\x07 end", "title end"},
		{"bell\x07 nul\x00 del\x7f", "bell nul del"},
		{"rtl\u202eevil", "rtlevil"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"line\none\ttab", "line one tab"},
	}
	for _, c := range cases {
		if got := safeText(c.in, true); got != c.want {
			t.Errorf("safeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := safeText("a\nb", false); got != "a\nb" {
		t.Errorf("multi-line safeText = %q", got)
	}
	snip := "the " + attache.Mark + "Hà" + attache.EndMark + " " + attache.Mark + "Nội\x1b[2J" + attache.EndMark + " talks"
	if got := highlight(snip, false); got != "the [Hà] [Nội] talks" {
		t.Errorf("highlight plain = %q", got)
	}
	if got := highlight(snip, true); got != "the \x1b[1mHà\x1b[0m \x1b[1mNội\x1b[0m talks" {
		t.Errorf("highlight ansi = %q", got)
	}
	if got := highlight("unbalanced "+attache.Mark+"word", false); got != "unbalanced [word]" {
		t.Errorf("unbalanced = %q", got)
	}
}
