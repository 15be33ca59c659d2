// Package manifest reads MANIFEST.tsv, the file beside a folder of
// articles that gives each one's metadata: a tab-separated header naming
// the columns (file is required; published and source are read; others
// are ignored), then one row per file. Blank lines and lines starting
// with # are skipped. It is the one reader of the format: ingest, eval,
// the store suite and the corpus tests all use it.
package manifest

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// Name is the manifest's file name.
const Name = "MANIFEST.tsv"

// Row is one file's line of a manifest. An empty cell means unknown.
type Row struct {
	File      string // as written, trimmed
	Published string // as written, trimmed: callers check the date
	Source    string
	Line      int // 1-based line number, for error messages
}

// Read parses a manifest; an empty one has no rows. Errors name the
// line.
func Read(r io.Reader) ([]Row, error) {
	var rows []Row
	cols := map[string]int{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		if len(cols) == 0 {
			for i, c := range cells {
				cols[strings.ToLower(strings.TrimSpace(c))] = i
			}
			if _, ok := cols["file"]; !ok {
				return nil, fmt.Errorf("line %d: header must name a \"file\" column (file, published, source), got %q", n, line)
			}
			continue
		}
		cell := func(name string) string {
			if i, ok := cols[name]; ok && i < len(cells) {
				return strings.TrimSpace(cells[i])
			}
			return ""
		}
		if cell("file") == "" {
			return nil, fmt.Errorf("line %d: no file name", n)
		}
		rows = append(rows, Row{File: cell("file"), Published: cell("published"), Source: cell("source"), Line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return rows, nil
}

// ReadFS reads the manifest called name in fsys (os.DirFS for a folder,
// sample.FS for the bundled corpus). Errors start with the file's path.
func ReadFS(fsys fs.FS, name string) ([]Row, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return rows, nil
}

// ByFile indexes rows by the base name of their file.
func ByFile(rows []Row) map[string]Row {
	out := make(map[string]Row, len(rows))
	for _, r := range rows {
		out[path.Base(r.File)] = r
	}
	return out
}
