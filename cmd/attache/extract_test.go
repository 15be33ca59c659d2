package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/score"
)

// runCmd runs the program with args on fresh buffers and a clean
// environment, and returns stdout, stderr and the error.
func runCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Config = DefaultConfig(func(string) string { return "" })
	m.Config.DB = filepath.Join(t.TempDir(), "attache.db")
	m.Stdin, m.Stdout, m.Stderr = strings.NewReader(stdin), &out, &errb
	err := m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

func TestExtractGoldFormat(t *testing.T) {
	dev := sampleDir(t)
	// 01 starts with a "date YYYY-MM-DD" line: it becomes the publication date.
	out, stderr, err := runCmd(t, "", "extract", filepath.Join(dev, "01_indonesia_australia_dca.txt"))
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	d, err := score.ParseGold([]byte(out))
	if err != nil {
		t.Fatalf("output is not a gold record: %v\n%s", err, out)
	}
	if d.Doc != "01_indonesia_australia_dca.txt" || d.Published == nil || *d.Published != "2024-08-30" {
		t.Errorf("doc %q published %v, want the file name and the header date", d.Doc, d.Published)
	}
	for _, key := range []string{`"persons":`, `"organizations":`, `"locations":`, `"countries":`, `"events":`, `"quantities":`} {
		if !strings.Contains(out, key) {
			t.Errorf("gold output lacks %s", key)
		}
	}

	// --published is used when the text has no header; the header wins otherwise.
	out, _, err = runCmd(t, "", "extract", "--published", "2024-12-26", filepath.Join(dev, "02_india_japan_2plus2.txt"))
	if err != nil || !strings.Contains(out, `"published": "2024-12-26"`) {
		t.Errorf("--published not used: %v\n%.300s", err, out)
	}
	out, _, _ = runCmd(t, "", "extract", filepath.Join(dev, "01_indonesia_australia_dca.txt"), "--published", "2000-01-01")
	if !strings.Contains(out, `"published": "2024-08-30"`) {
		t.Errorf("the date header must win over --published:\n%.300s", out)
	}
}

func TestExtractJSONFromStdin(t *testing.T) {
	text := "date 2025-03-04\nGeneral Phan Van Giang received the Indonesian Defence Minister in Hanoi on Tuesday.\n"
	out, stderr, err := runCmd(t, text, "extract", "--format", "json", "-")
	if err != nil {
		t.Fatalf("extract -: %v\n%s", err, stderr)
	}
	var x attache.Extraction
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("not an Extraction: %v\n%s", err, out)
	}
	if x.Doc != "stdin" || x.Published != "2025-03-04" {
		t.Errorf("doc %q published %q", x.Doc, x.Published)
	}
	// Offsets refer to the clean text, which no longer has the header line.
	clean := "General Phan Van Giang received the Indonesian Defence Minister in Hanoi on Tuesday."
	for _, e := range x.Entities {
		for _, mn := range e.Mentions {
			if mn.Start < 0 || mn.End > len(clean) || mn.Start > mn.End || clean[mn.Start:mn.End] != mn.Text {
				t.Errorf("mention %+v does not point into the clean text", mn)
			}
		}
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", []byte(" \n\t\n"))
	binary := write("photo.jpg", []byte{0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0})
	latin1 := write("latin1.txt", []byte("H\xe0 N\xf4i, Vi\xeat Nam \xe9t\xe9"))
	ok := write("ok.txt", []byte("Hanoi hosted talks.\n"))
	controls := write("controls.txt", []byte(strings.Repeat("Hanoi\x01\x02 hosted talks.\n", 5)))
	kbDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(kbDir, "places.tsv"), []byte("# my places\nLakeside Camp\tXX\tvenue\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string // in the error message
	}{
		{"missing", []string{"extract", filepath.Join(dir, "nope.txt")}, "nope.txt: cannot read: no such file"},
		{"empty", []string{"extract", empty}, "empty.txt: empty file"},
		{"binary", []string{"extract", binary}, "photo.jpg: unknown format: JPEG image"},
		{"encoding", []string{"extract", latin1}, "latin1.txt: invalid UTF-8"},
		{"control bytes", []string{"extract", controls}, "controls.txt: binary file (10 control bytes)"},
		{"bad kb file", []string{"extract", "--kb", kbDir, ok}, "places.tsv:2: "},
		{"directory", []string{"extract", dir}, "not a regular file (a folder)"},
		{"no file", []string{"extract"}, "want one FILE"},
		{"format", []string{"extract", "--format", "xml", ok}, `unknown --format "xml"`},
		{"date", []string{"extract", "--published", "26/12/2024", ok}, `"26/12/2024" is not a date`},
		{"size", []string{"extract", "--max-size", "5", ok}, "too large: 20 bytes, limit 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCmd(t, "", tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
	if _, _, err := runCmd(t, "", "extract", "-"); err == nil || !strings.Contains(err.Error(), "stdin: empty") {
		t.Errorf("empty stdin: %v", err)
	}
}
