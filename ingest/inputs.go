package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
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

// input is one thing named on the command line, found in a folder or
// given in memory.
type input struct {
	path string    // file path, "-" for stdin, or an http(s) URL; the name of a document in memory
	dir  string    // directory whose MANIFEST.tsv applies, "" for none
	doc  *Document // a document given in memory, nil for one to read
}

// rawInput is the bytes of one input as read, before any check.
type rawInput struct {
	data   []byte
	name   string // shown in messages and outcomes
	url    string // where it was fetched from, or ""
	ctype  string // the HTTP Content-Type of a URL, or ""
	format string // a format the caller gave; "" detects it
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
			if file, err := isFile(path, p, d); !file {
				return err
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if st, err := os.Stat(path); err == nil && st.IsDir() {
					warns = append(warns, docError{path, fmt.Errorf("symbolic link to a folder not followed: name the folder itself to ingest it")})
					return nil
				}
			}
			if !readable(d.Name()) {
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

// readInput returns the bytes of an input, at most maxSize of them: a
// document given in memory, stdin, a URL, or a file of fsys (nil: of the
// machine).
func (s *Service) readInput(ctx context.Context, fsys fs.FS, in input) (rawInput, error) {
	raw := rawInput{name: in.path}
	var err error
	switch {
	case in.doc != nil:
		raw.data, raw.url, raw.format = in.doc.Original, in.doc.URL, in.doc.Format
		if len(raw.data) == 0 {
			raw.data = []byte(in.doc.Text)
		}
		if int64(len(raw.data)) > s.maxSize() {
			return raw, fmt.Errorf("too large: %d bytes, limit %d (--max-size)", len(raw.data), s.maxSize())
		}
	case fsys != nil:
		raw.data, err = s.readFSFile(fsys, in.path)
	case in.path == "-":
		raw.name = "stdin"
		if s.Stdin == nil {
			return raw, fmt.Errorf("no standard input")
		}
		raw.data, err = s.readStdin(ctx)
	case isURL(in.path):
		f, ferr := webpage.Fetch(ctx, s.httpClient(), in.path, s.maxSize())
		if ferr != nil {
			return raw, ferr
		}
		raw.data, raw.url, raw.ctype = f.Body, f.URL, f.ContentType
	default:
		raw.data, err = s.readFile(ctx, in.path)
	}
	return raw, err
}

// ReadFile reads one article input the way Ingest does, for a command
// that analyses it without storing it (attache extract): a file (regular
// only, unless AllowSpecial), or Stdin for "-", at most MaxSize bytes. It
// returns the name messages show ("stdin" for "-") and the bytes, not yet
// checked (see PrepareText).
func (s *Service) ReadFile(ctx context.Context, path string) (name string, data []byte, err error) {
	raw, err := s.readInput(ctx, nil, input{path: path})
	if err != nil {
		return raw.name, nil, fmt.Errorf("%s: %w", raw.name, err)
	}
	return raw.name, raw.data, nil
}

// readFSFile reads one file of fsys, bounded by the bytes actually read.
func (s *Service) readFSFile(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	defer f.Close()
	return readLimited(f, s.maxSize())
}

// expandFS lists the inputs of fsys under root the way expand walks a
// folder: hidden entries, the manifest and files of unknown extension are
// skipped.
func expandFS(fsys fs.FS, root string) (ins []input, skipped int, errs []docError) {
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, docError{p, fmt.Errorf("cannot read: %w", unwrapPath(err))})
			return nil
		}
		if file, err := isFile(p, root, d); !file {
			return err
		}
		if !readable(d.Name()) {
			skipped++
			return nil
		}
		ins = append(ins, input{path: p, dir: path.Dir(p)})
		return nil
	})
	if err != nil {
		errs = append(errs, docError{root, err})
	}
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].path < ins[j].path })
	return ins, skipped, errs
}

// isFile reports whether a folder walk from root looks at entry d at p as
// a file; hidden entries below root are passed over (err fs.SkipDir for a
// hidden folder), and folders are walked into.
func isFile(p, root string, d fs.DirEntry) (file bool, err error) {
	if p != root && strings.HasPrefix(d.Name(), ".") {
		if d.IsDir() {
			return false, fs.SkipDir
		}
		return false, nil
	}
	return !d.IsDir(), nil
}

// readable reports whether a file found in a folder is read: an extension
// attache knows, and not the manifest.
func readable(name string) bool {
	_, ok := extFormats[strings.ToLower(filepath.Ext(name))]
	return ok && name != ManifestName
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
	return fmt.Errorf("not a regular file (%s): only regular files are read (ingest --special-files reads it)", kind)
}

// readLimited reads r to the end, failing as soon as more than max bytes
// have been read.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := readAll(io.LimitReader(r, max+1), sizeHint(r, max))
	if err != nil {
		return data, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("too large: more than %d bytes (--max-size)", max)
	}
	return data, nil
}

// sizeHint returns the size of r when it is a regular file no larger than
// max (plus one byte, for the read that meets its end), else 512.
func sizeHint(r io.Reader, max int64) int {
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() < max {
			return int(fi.Size()) + 1
		}
	}
	return 512
}

// readAll is io.ReadAll into a buffer of size bytes to begin with: a file
// read into a buffer that grows as it goes is copied over and over (five
// times its size for a large one).
func readAll(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, max(size, 1)) // never a read into no room: some readers loop on it
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // more room, as io.ReadAll makes it
		}
	}
}

// manifestEntry is one row of a MANIFEST.tsv.
type manifestEntry struct{ published, source string }

// manifests loads each directory's MANIFEST.tsv once per run.
type manifests struct {
	mu   sync.Mutex
	dirs map[string]map[string]manifestEntry
}

// lookup returns the manifest row for file in dir, a directory of fsys
// (nil: of the machine). A malformed manifest is returned as an error the
// first time only.
func (m *manifests) lookup(fsys fs.FS, dir, file string) (manifestEntry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.dirs == nil {
		m.dirs = map[string]map[string]manifestEntry{}
	}
	rows, ok := m.dirs[dir]
	var err error
	if !ok {
		rows, err = readManifest(fsys, joinPath(fsys, dir, ManifestName))
		m.dirs[dir] = rows
	}
	return rows[file], err
}

// joinPath joins a directory and a name the way fsys names files: with
// slashes in an fs.FS, with the machine's separator otherwise.
func joinPath(fsys fs.FS, dir, name string) string {
	if fsys != nil {
		return path.Join(dir, name)
	}
	return filepath.Join(dir, name)
}

// readManifest reads a MANIFEST.tsv of fsys (nil: of the machine); a
// missing one is no error.
func readManifest(fsys fs.FS, name string) (map[string]manifestEntry, error) {
	var f io.ReadCloser
	var err error
	if fsys != nil {
		f, err = fsys.Open(name)
	} else {
		f, err = os.Open(name)
	}
	if errors.Is(err, fs.ErrNotExist) {
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
