package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

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
// Paths that cannot be read are reported in errs; links to folders, which
// the walk does not follow (a link can make a loop), in warns.
func expand(paths []string) (ins []input, skipped int, errs, warns []docError) {
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
			if d.Type()&fs.ModeSymlink != 0 {
				if st, err := os.Stat(path); err == nil && st.IsDir() {
					warns = append(warns, docError{path, fmt.Errorf("symbolic link to a folder not followed: name the folder itself to ingest it")})
					return nil
				}
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
	return ins, skipped, errs, warns
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
		data, err = s.readStdin(ctx)
		return data, "stdin", "", "", err
	case isURL(in.path):
		f, err := webpage.Fetch(ctx, s.httpClient(), in.path, s.maxSize())
		if err != nil {
			return nil, in.path, "", "", err
		}
		return f.Body, in.path, f.URL, f.ContentType, nil
	}
	data, err = s.readFile(ctx, in.path)
	return data, in.path, "", "", err
}

// readStdin reads standard input up to the size limit. The read runs on
// its own so that a cancelled run does not wait for an input that never
// ends (the reader is left to the process's exit).
func (s *Service) readStdin(ctx context.Context) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := readLimited(s.Stdin, s.maxSize())
		done <- result{data, err}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// readFile reads one file, bounded by the bytes actually read rather than
// the size the file system reports (0 for devices and pipes). Anything but
// a regular file is refused unless AllowSpecial is set; then the read also
// has a deadline, and a cancelled run ends it.
func (s *Service) readFile(ctx context.Context, path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	if err := s.checkKind(st.Mode()); err != nil {
		return nil, err
	}
	if st.Size() > s.maxSize() {
		return nil, fmt.Errorf("too large: %d bytes, limit %d (--max-size)", st.Size(), s.maxSize())
	}
	// Non-blocking, so that a file swapped for a pipe since the check does
	// not block the open; the kind is checked again on what was opened.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	if err := s.checkKind(st.Mode()); err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		timeout := s.inputTimeout()
		_ = f.SetReadDeadline(time.Now().Add(timeout)) // devices that cannot wait have no deadline to set
		stop := context.AfterFunc(ctx, func() { _ = f.SetReadDeadline(time.Now()) })
		defer stop()
		data, err := readLimited(f, s.maxSize())
		if errors.Is(err, os.ErrDeadlineExceeded) {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("timed out after %v with %d bytes read", timeout, len(data))
		}
		return data, err
	}
	return readLimited(f, s.maxSize())
}

// checkKind refuses what is not a regular file, unless AllowSpecial.
func (s *Service) checkKind(m fs.FileMode) error {
	if m.IsRegular() || s.AllowSpecial {
		return nil
	}
	kind := "a special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		kind = "a device"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m.IsDir():
		kind = "a folder"
	}
	return fmt.Errorf("not a regular file (%s): ingest reads regular files only (--special-files reads it)", kind)
}

// readLimited reads r to the end, failing as soon as more than max bytes
// have been read.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return data, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("too large: more than %d bytes (--max-size)", max)
	}
	return data, nil
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
