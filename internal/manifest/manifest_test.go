package manifest

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestReadColumnsByHeader(t *testing.T) {
	in := "# a comment\nsource\tfile\tpublished\textra\r\n\nAgency A\ta.txt\t2025-01-02\tx\nAgency B\tsub/b.txt\n"
	rows, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("rows: %+v", rows)
	}
	if r := rows[0]; r.File != "a.txt" || r.Published != "2025-01-02" || r.Source != "Agency A" || r.Line != 4 {
		t.Errorf("first row: %+v", r)
	}
	if r := rows[1]; r.File != "sub/b.txt" || r.Published != "" || r.Source != "Agency B" {
		t.Errorf("short row: %+v", r)
	}
	if by := ByFile(rows); by["b.txt"].Source != "Agency B" {
		t.Errorf("by file: %+v", by)
	}
}

func TestReadErrorsNameTheLine(t *testing.T) {
	for in, want := range map[string]string{
		"published\tsource\na.txt\t2025\n": "line 1: header must name a \"file\" column",
		"file\tpublished\n\ta\n":           "line 2: no file name",
	} {
		_, err := Read(strings.NewReader(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", in, err, want)
		}
	}
}

func TestReadEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "# only a comment\n"} {
		if rows, err := Read(strings.NewReader(in)); err != nil || len(rows) != 0 {
			t.Errorf("%q: %+v, %v", in, rows, err)
		}
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{"dir/MANIFEST.tsv": {Data: []byte("file\tpublished\tsource\na.txt\t2025-03-04\tX\n")}}
	rows, err := ReadFS(fsys, "dir/"+Name)
	if err != nil || len(rows) != 1 || rows[0].Published != "2025-03-04" {
		t.Errorf("rows %+v, %v", rows, err)
	}
	if _, err := ReadFS(fsys, "nowhere/"+Name); err == nil {
		t.Error("missing manifest read without error")
	}
	fsys["bad/MANIFEST.tsv"] = &fstest.MapFile{Data: []byte("name\n")}
	if _, err := ReadFS(fsys, "bad/"+Name); err == nil || !strings.HasPrefix(err.Error(), "bad/MANIFEST.tsv: line 1") {
		t.Errorf("bad manifest: %v", err)
	}
}
