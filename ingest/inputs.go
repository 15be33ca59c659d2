package ingest

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"attache/internal/manifest"
	"attache/webpage"
)

// ManifestName is the file beside articles that gives their metadata:
// a header "file	published	source", then one row per file; empty cells
// mean unknown.
const ManifestName = manifest.Name

// input is one thing named on the command line or found in a folder.
type input struct {
	path string // file path, "-" for stdin, or an http(s) URL
	dir  string // directory whose MANIFEST.tsv applies, "" for none
}

func isURL(p string) bool {
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// expand lists the inputs behind paths: folders are walked recursively
// (hidden entries, the manifest and files of unknown extension skipped).
// Paths that cannot be read are reported in errs.
func expand(paths []string) (ins []input, skipped int, errs []docError) {
	for _, p := range paths {
		if p == "-" || isURL(p) {
			ins = append(ins, input{path: p})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, docError{p, fmt.Errorf("cannot read: %w", unwrapPath(err))})
			continue
		}
		if !st.IsDir() {
			ins = append(ins, input{path: p, dir: filepath.Dir(p)})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, docError{path, fmt.Errorf("cannot read: %w", unwrapPath(err))})
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if _, ok := extFormats[strings.ToLower(filepath.Ext(name))]; !ok || name == ManifestName {
				skipped++
				return nil
			}
			ins = append(ins, input{path: path, dir: filepath.Dir(path)})
			return nil
		})
		if err != nil {
			errs = append(errs, docError{p, err})
		}
	}
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].path < ins[j].path })
	return ins, skipped, errs
}

// unwrapPath drops the *PathError wrapper, whose path the message repeats.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// readInput returns the bytes of an input, at most maxSize of them, the
// name to show, its URL and its content type.
func (s *Service) readInput(ctx context.Context, in input) (data []byte, name, pageURL, ctype string, err error) {
	switch {
	case in.path == "-":
		if s.Stdin == nil {
			return nil, "stdin", "", "", fmt.Errorf("no standard input")
		}
		data, err = io.ReadAll(io.LimitReader(s.Stdin, s.maxSize()+1))
		if err == nil && int64(len(data)) > s.maxSize() {
			err = fmt.Errorf("too large: more than %d bytes (--max-size)", s.maxSize())
		}
		return data, "stdin", "", "", err
	case isURL(in.path):
		f, err := webpage.Fetch(ctx, s.Client, in.path, s.maxSize())
		if err != nil {
			return nil, in.path, "", "", err
		}
		return f.Body, in.path, f.URL, f.ContentType, nil
	}
	st, err := os.Stat(in.path)
	if err != nil {
		return nil, in.path, "", "", fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	if st.Size() > s.maxSize() {
		return nil, in.path, "", "", fmt.Errorf("too large: %d bytes, limit %d (--max-size)", st.Size(), s.maxSize())
	}
	data, err = os.ReadFile(in.path)
	if err != nil {
		return nil, in.path, "", "", fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	return data, in.path, "", "", nil
}

// manifestEntry is one row of a MANIFEST.tsv.
type manifestEntry struct{ published, source string }

// manifests loads each directory's MANIFEST.tsv once.
type manifests struct {
	mu   sync.Mutex
	dirs map[string]map[string]manifestEntry
}

// lookup returns the manifest row for file in dir. A malformed manifest is
// returned as an error the first time only.
func (m *manifests) lookup(dir, file string) (manifestEntry, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.dirs == nil {
		m.dirs = map[string]map[string]manifestEntry{}
	}
	rows, ok := m.dirs[dir]
	var err error
	if !ok {
		rows, err = readManifest(filepath.Join(dir, ManifestName))
		m.dirs[dir] = rows
	}
	e, found := rows[file]
	return e, found, err
}

// readManifest reads a MANIFEST.tsv; a missing one is no error.
func readManifest(path string) (map[string]manifestEntry, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil
	} else if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	list, err := manifest.Read(f)
	if err != nil {
		return nil, err
	}
	rows := map[string]manifestEntry{}
	for _, r := range list {
		pub, err := parseDate(r.Published)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", r.Line, err)
		}
		rows[r.File] = manifestEntry{published: pub, source: r.Source}
	}
	return rows, nil
}
